package io.finnexus.batch.statement.camt;

import static io.finnexus.batch.statement.camt.BeanPath.get;
import static io.finnexus.batch.statement.camt.BeanPath.list;
import static io.finnexus.batch.statement.camt.BeanPath.text;

import io.finnexus.batch.statement.ParsedStatement;
import io.finnexus.batch.statement.StatementEntry;
import io.finnexus.batch.statement.StatementFormatException;
import io.finnexus.batch.statement.StatementInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a camt.052/053/054 document: detects the message and version from the namespace, parses it
 * with the matching Prowide class ({@code MxCamt05300102.parse(xml)} …) and normalises every entry.
 *
 * <p>Contract: returns all statements and entries, or throws {@link StatementFormatException} with
 * a one-line reason (never a raw Prowide or JAXB exception). A message without any statement,
 * report or notification (mandatory in every version) is rejected.
 */
public final class CamtStatementReader {

  /** Parses {@code xml}; {@code source} names the file in error messages. */
  public ParsedStatement read(String xml, String source) throws StatementFormatException {
    CamtMessageType type = CamtMessageType.detect(xml);
    Object message = parseWithProwide(type, xml, source);
    Object document = businessMessage(message);
    List<?> records = list(document, type.recordElement());
    if (document == null || records.isEmpty()) {
      throw new StatementFormatException(
          source + ": " + type.id() + " has no " + type.recordElement() + " element (mandatory)");
    }
    List<StatementInfo> infos = new ArrayList<>();
    List<StatementEntry> entries = new ArrayList<>();
    for (Object record : records) {
      infos.add(readRecord(record, entries, source));
    }
    return new ParsedStatement(type.id(), text(get(document, "GrpHdr", "MsgId")), infos, entries);
  }

  private static StatementInfo readRecord(Object record, List<StatementEntry> sink, String source)
      throws StatementFormatException {
    String statementId = text(get(record, "Id"));
    String accountId = CamtEntryMapper.accountId(get(record, "Acct"));
    List<?> ntries = list(record, "Ntry");
    for (int i = 0; i < ntries.size(); i++) {
      try {
        sink.add(CamtEntryMapper.map(ntries.get(i), statementId, accountId, i));
      } catch (IllegalArgumentException e) {
        throw new StatementFormatException(
            source + ": entry " + (i + 1) + " of statement " + statementId + " " + e.getMessage());
      }
    }
    Object created = get(record, "CreDtTm");
    return new StatementInfo(
        statementId,
        accountId,
        text(get(record, "Acct", "Ccy")),
        created instanceof OffsetDateTime time ? time : null,
        ntries.size());
  }

  private static Object parseWithProwide(CamtMessageType type, String xml, String source)
      throws StatementFormatException {
    Object message;
    try {
      Class<?> mxClass = Class.forName(type.prowideClassName());
      message = mxClass.getMethod("parse", String.class).invoke(null, xml);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new StatementFormatException(source + ": " + type.id() + " is not supported");
    } catch (InvocationTargetException e) {
      throw new StatementFormatException(
          source + ": cannot read as " + type.id() + ": " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (message == null) {
      throw new StatementFormatException(source + ": cannot read as " + type.id());
    }
    return message;
  }

  /** The {@code BkToCstmr…} element: its getter name differs per message and version. */
  private static Object businessMessage(Object message) {
    for (Method method : message.getClass().getMethods()) {
      if (method.getName().startsWith("getBkToCstmr") && method.getParameterCount() == 0) {
        try {
          return method.invoke(message);
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }
}
