package io.finnexus.app.ingest;

import io.finnexus.app.cli.UserInputException;
import io.finnexus.scoring.LabelledTransaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file with one header line then one record per line: reads lines, numbers them and turns
 * each into a row or a typed reject. Subclasses check the header and parse one record.
 */
abstract class LineSource implements TransactionSource {
  private final BufferedReader reader;
  private final String fileName;
  private long lineNumber;

  LineSource(Path file) {
    this.fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      // Invalid UTF-8 becomes U+FFFD, which the field checks reject per row, instead of an
      // exception that would end the whole read.
      this.reader =
          new BufferedReader(
              new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads and checks the header; call once from the subclass constructor. */
  final void readHeader() {
    String header;
    try {
      header = reader.readLine();
    } catch (IOException e) {
      throw new UserInputException(fileName + ": cannot read: " + e.getMessage(), e);
    }
    lineNumber = 1;
    if (header == null) {
      throw new UserInputException(fileName + ": empty file, expected a header line");
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    try {
      checkHeader(CsvLine.split(header));
    } catch (RowRejectedException e) {
      throw new UserInputException(fileName + ":1: unreadable header: " + e.getMessage());
    }
  }

  /** Throws {@link UserInputException} when the header is not this format's. */
  abstract void checkHeader(List<String> columns);

  /** Parses one record; {@code rowIndex} counts data lines from 0. */
  abstract LabelledTransaction parse(List<String> fields, long rowIndex)
      throws RowRejectedException;

  @Override
  public final boolean next(RowSink sink) throws IOException {
    String line = reader.readLine();
    if (line == null) {
      return false;
    }
    lineNumber++;
    try {
      if (line.isEmpty()) {
        throw new RowRejectedException(RejectReason.EMPTY_LINE, "empty line");
      }
      sink.accept(parse(CsvLine.split(line), lineNumber - 2));
    } catch (RowRejectedException e) {
      sink.reject(new Reject(fileName, lineNumber, e.reason(), e.getMessage()));
    }
    return true;
  }

  final String fileName() {
    return fileName;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
