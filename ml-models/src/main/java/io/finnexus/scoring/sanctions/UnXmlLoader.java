package io.finnexus.scoring.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Loads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} with {@code
 * INDIVIDUAL} and {@code ENTITY} records) with the JDK's StAX parser, configured so that a hostile
 * file cannot pull in external entities or a DTD. An entry's id is its {@code REFERENCE_NUMBER}
 * (e.g. {@code QDi.001}), falling back to {@code DATAID}. Names from {@code FIRST_NAME} to {@code
 * FOURTH_NAME} form the primary name; {@code ALIAS_NAME}s and {@code NAME_ORIGINAL_SCRIPT} are
 * aliases. A malformed document keeps the entries read before the error and reports it.
 */
public final class UnXmlLoader {

  private static final Set<String> NAME_PARTS =
      Set.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME");
  private static final Set<String> LEAVES =
      Set.of(
          "DATAID",
          "REFERENCE_NUMBER",
          "FIRST_NAME",
          "SECOND_NAME",
          "THIRD_NAME",
          "FOURTH_NAME",
          "NAME_ORIGINAL_SCRIPT",
          "UN_LIST_TYPE",
          "ALIAS_NAME",
          "COUNTRY");

  private UnXmlLoader() {}

  /** Loads one UN consolidated XML file; problems are reported, never thrown. */
  public static LoadedLists load(Path xml) {
    List<SanctionedEntry> entries = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xml)) {
      parse(in, xml.toString(), entries, problems);
    } catch (IOException e) {
      problems.add(new LoadProblem(xml.toString(), 0, "cannot read: " + e));
    }
    return new LoadedLists(entries, problems, List.of(xml.toString()));
  }

  static void parse(
      InputStream in, String fileName, List<SanctionedEntry> entries, List<LoadProblem> problems) {
    XMLStreamReader reader = null;
    try {
      reader = secureFactory().createXMLStreamReader(in);
      readRecords(reader, fileName, entries, problems);
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
      problems.add(new LoadProblem(fileName, line, "malformed XML: " + e.getMessage()));
    } finally {
      closeQuietly(reader);
    }
  }

  static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  private static void readRecords(
      XMLStreamReader reader,
      String fileName,
      List<SanctionedEntry> entries,
      List<LoadProblem> problems)
      throws XMLStreamException {
    Deque<String> path = new ArrayDeque<>();
    Record current = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = reader.getLocalName();
        if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
          current = new Record(name.toLowerCase(), reader.getLocation().getLineNumber());
        }
        if (current != null && LEAVES.contains(name)) {
          current.add(name, path.peek(), reader.getElementText().strip());
        } else {
          path.push(name);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        path.pop();
        String name = reader.getLocalName();
        if (current != null && (name.equals("INDIVIDUAL") || name.equals("ENTITY"))) {
          current.finish(fileName, entries, problems);
          current = null;
        }
      }
    }
  }

  private static void closeQuietly(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // nothing left to report: the parse outcome was already recorded
      }
    }
  }

  /** Fields of one INDIVIDUAL or ENTITY while it is being read. */
  private static final class Record {
    final String type;
    final long line;
    String dataId = "";
    String reference = "";
    String listType = "";
    final List<String> nameParts = new ArrayList<>();
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();

    Record(String type, long line) {
      this.type = type;
      this.line = line;
    }

    void add(String element, String parent, String text) {
      if (text.isEmpty()) {
        return;
      }
      switch (element) {
        case "DATAID" -> dataId = text;
        case "REFERENCE_NUMBER" -> reference = text;
        case "UN_LIST_TYPE" -> listType = text;
        case "ALIAS_NAME", "NAME_ORIGINAL_SCRIPT" -> aliases.add(text);
        case "COUNTRY" -> {
          if (parent != null && parent.endsWith("_ADDRESS")) {
            countries.add(text);
          }
        }
        default -> {
          if (NAME_PARTS.contains(element)) {
            nameParts.add(text);
          }
        }
      }
    }

    void finish(String fileName, List<SanctionedEntry> entries, List<LoadProblem> problems) {
      String id = reference.isEmpty() ? dataId : reference;
      if (id.isEmpty()) {
        problems.add(new LoadProblem(fileName, line, "record without REFERENCE_NUMBER or DATAID"));
        return;
      }
      if (nameParts.isEmpty()) {
        problems.add(new LoadProblem(fileName, line, "record " + id + " has no name"));
        return;
      }
      String name = String.join(" ", nameParts);
      aliases.remove(name);
      EntryKey key = new EntryKey(SanctionsList.UN, id);
      entries.add(
          new SanctionedEntry(
              key, name, List.copyOf(aliases), type, listType, List.copyOf(countries)));
    }
  }
}
