package io.finnexus.api.security;

import java.util.List;

/** The roles of DESIGN.md; authorities are {@code ROLE_<name>}. */
public final class Roles {

  public static final String OFFICER = "OFFICER";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String SCHEDULER = "SCHEDULER";
  public static final String DATA_SCIENTIST = "DATA_SCIENTIST";
  public static final String ADMIN = "ADMIN";

  public static final List<String> ALL =
      List.of(OFFICER, SUPERVISOR, SCHEDULER, DATA_SCIENTIST, ADMIN);

  private Roles() {}
}
