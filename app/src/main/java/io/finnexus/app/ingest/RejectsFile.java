package io.finnexus.app.ingest;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The optional rejects report of an import: CSV {@code file,line,reason,detail}. */
final class RejectsFile implements Closeable {
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder();

  private RejectsFile(BufferedWriter out) {
    this.out = out;
  }

  static RejectsFile open(Path file) throws IOException {
    RejectsFile rejects = new RejectsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    rejects.out.write("file,line,reason,detail\n");
    return rejects;
  }

  void write(Reject reject) {
    line.setLength(0);
    CsvLine.appendField(line, reject.file());
    line.append(',').append(reject.line()).append(',').append(reject.reason()).append(',');
    CsvLine.appendField(line, reject.detail());
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
