package io.finnexus.batch.jobs.reconciliation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the {@code ledger} job parameter may point. With an inbox folder configured ({@code
 * finnexus.batch.reconciliation.ledger-dir}; the API sets one), the ledger must be a file inside it
 * — relative names resolve against it, and {@code ..} or a symbolic link that leaves it is refused
 * — so whoever may trigger jobs cannot make the service read other files. Without one (the {@code
 * finnexus batch run} CLI, run with its user's own rights), any path is taken as given.
 */
public final class LedgerLocation {
  private LedgerLocation() {}

  /** The ledger file named by {@code parameter}, checked against {@code inbox} (blank = none). */
  public static Path resolve(String parameter, String inbox) {
    if (inbox == null || inbox.isBlank()) {
      return Path.of(parameter);
    }
    Path base = Path.of(inbox).toAbsolutePath().normalize();
    Path ledger = base.resolve(parameter).normalize();
    if (!ledger.startsWith(base) || !realPathInside(ledger, base)) {
      throw new IllegalArgumentException(
          "job parameter 'ledger' must name a file in the ledger folder " + base);
    }
    return ledger;
  }

  private static boolean realPathInside(Path ledger, Path base) {
    if (!Files.exists(ledger)) {
      return true; // the reader reports the missing file
    }
    try {
      return ledger.toRealPath().startsWith(base.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
