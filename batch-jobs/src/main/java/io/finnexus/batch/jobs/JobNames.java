package io.finnexus.batch.jobs;

import java.util.List;

/** The names under which the jobs are registered (JobRegistry, REST, CLI, schedules). */
public final class JobNames {

  public static final String RECONCILIATION = "reconciliation";
  public static final String BACKUP = "backup";
  public static final String BACKUP_VERIFY = "backup-verify";
  public static final String RETENTION_PURGE = "retention-purge";

  public static final List<String> ALL =
      List.of(RECONCILIATION, BACKUP, BACKUP_VERIFY, RETENTION_PURGE);

  private JobNames() {}
}
