package io.finnexus.batch.statement;

import io.finnexus.batch.statement.camt.CamtStatementReader;
import io.finnexus.batch.statement.csv.CsvLedgerReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one entry point for statement files: camt.052/053/054 XML (any version Prowide models) or the
 * CSV ledger ({@link CsvLedgerReader} documents its columns).
 *
 * <p>Format detection: a file whose first non-blank character is {@code <} is XML and must carry a
 * camt namespace; anything else is read as the CSV ledger. Files are read as UTF-8.
 *
 * <p>Contract: returns the parsed statement or throws {@link StatementFormatException} whose
 * message is one line naming the file and the reason. Never throws anything else for bad content.
 */
public final class StatementParser {

  private final CamtStatementReader camt = new CamtStatementReader();
  private final CsvLedgerReader csv = new CsvLedgerReader();

  /** Reads and parses {@code file}. */
  public ParsedStatement parse(Path file) throws StatementFormatException {
    String name = String.valueOf(file.getFileName());
    String content;
    try {
      content = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new StatementFormatException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new StatementFormatException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new StatementFormatException(file + ": cannot read: " + e);
    }
    return parse(content, name);
  }

  /** Parses {@code content}; {@code source} names it in error messages. */
  public ParsedStatement parse(String content, String source) throws StatementFormatException {
    String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (body.isBlank()) {
      throw new StatementFormatException(source + ": empty file");
    }
    try {
      if (body.stripLeading().startsWith("<")) {
        return camt.read(body, source);
      }
      return csv.read(new StringReader(body), source);
    } catch (RuntimeException e) {
      throw new StatementFormatException(source + ": unreadable statement: " + e, e);
    }
  }
}
