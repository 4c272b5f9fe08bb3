package io.finnexus.app.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;

/**
 * A labelled transaction file read one row at a time, so a caller (import, evaluate, train) never
 * holds the whole file. Every data line becomes either a row or a {@link Reject}; a bad line never
 * stops the read. Only an unreadable file or header fails, with {@link
 * io.finnexus.app.cli.UserInputException}.
 */
public interface TransactionSource extends Closeable {

  /**
   * Reads the next data line and hands it to {@code sink} as a row or a reject.
   *
   * @return false when the input is exhausted (the sink was not called)
   */
  boolean next(RowSink sink) throws IOException;

  /** Reads everything left into {@code sink}; returns the number of data lines read. */
  default long drainTo(RowSink sink) throws IOException {
    long lines = 0;
    while (next(sink)) {
      lines++;
    }
    return lines;
  }

  /**
   * Accounts the data set labels as laundering as a whole (AMLSim labels accounts, not
   * transactions); empty for formats that label transactions only. Complete once the source is
   * drained.
   */
  default Set<String> launderingAccounts() {
    return Set.of();
  }
}
