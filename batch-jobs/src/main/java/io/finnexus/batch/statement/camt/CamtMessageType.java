package io.finnexus.batch.statement.camt;

import io.finnexus.batch.statement.StatementFormatException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which camt message a document is, read from its namespace, e.g. {@code
 * urn:iso:std:iso:20022:tech:xsd:camt.053.001.02} is camt.053 version 2.
 *
 * @param message {@code 052}, {@code 053} or {@code 054}
 * @param version two digits, {@code 01}…{@code 13}
 */
public record CamtMessageType(String message, String version) {

  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.001\\.(\\d{2})");

  /** {@code camt.053.001.02}. */
  public String id() {
    return "camt." + message + ".001." + version;
  }

  /** Prowide's class for this message, e.g. {@code MxCamt05300102}. */
  String prowideClassName() {
    return "com.prowidesoftware.swift.model.mx.MxCamt" + message + "001" + version;
  }

  /** The element holding the statements: Stmt (053), Rpt (052) or Ntfctn (054). */
  String recordElement() {
    return switch (message) {
      case "052" -> "Rpt";
      case "053" -> "Stmt";
      default -> "Ntfctn";
    };
  }

  /**
   * Reads the whole document with StAX (so it is well-formed) and returns the first camt namespace
   * found on an element.
   *
   * @throws StatementFormatException if the XML is not well-formed or has no camt.052/053/054
   *     namespace
   */
  public static CamtMessageType detect(String xml) throws StatementFormatException {
    XMLStreamReader reader = null;
    CamtMessageType found = null;
    String rootNamespace = null;
    try {
      reader = safeFactory().createXMLStreamReader(new StringReader(xml));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          String ns = reader.getNamespaceURI();
          rootNamespace = rootNamespace == null ? String.valueOf(ns) : rootNamespace;
          Matcher m = ns == null ? null : NAMESPACE.matcher(ns);
          if (found == null && m != null && m.matches()) {
            found = new CamtMessageType(m.group(1), m.group(2));
          }
        }
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
      throw new StatementFormatException("not well-formed XML" + where + ": " + cause(e));
    } finally {
      close(reader);
    }
    if (found == null) {
      throw new StatementFormatException(
          "no ISO 20022 camt.052/053/054 namespace found (document namespace: "
              + rootNamespace
              + ")");
    }
    return found;
  }

  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private static String cause(XMLStreamException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int idx = message.indexOf("Message: ");
    return idx >= 0 ? message.substring(idx + "Message: ".length()) : message;
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing to release beyond the in-memory reader
      }
    }
  }
}
