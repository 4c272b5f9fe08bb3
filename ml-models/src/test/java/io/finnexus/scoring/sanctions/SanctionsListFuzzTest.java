package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.finnexus.schemas.fuzz.Fuzz;
import io.finnexus.schemas.fuzz.FuzzCase;
import io.finnexus.schemas.fuzz.Hostile;
import io.finnexus.schemas.fuzz.Mutations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list loaders under hostile input, 10,000 cases each: small OFAC SDN sets (sdn.csv with its
 * alt.csv, add.csv and sdn_comments.csv) and UN consolidated XML files built from real records of
 * the reference lists, then mutated, or replaced by hostile bytes. A loader never throws: every
 * line or file it cannot use is a {@link LoadProblem} with a reason, every loaded entry has an id
 * and a name, and real records whose names are changed to other plain names all still load.
 */
class SanctionsListFuzzTest {

  private static final int CASES = 10_000;
  private static final Pattern UN_RECORD =
      Pattern.compile("<(INDIVIDUAL|ENTITY)>.*?</\\1>", Pattern.DOTALL);

  /** An SDN line whose name has no escaped quote: ent_num, "name", the rest. */
  private static final Pattern SDN_RECORD = Pattern.compile("(\\d+),\"[^\"]*\"(,.*)");

  private static final List<String> SDN = new ArrayList<>();
  private static final List<String> ALT = new ArrayList<>();
  private static final List<String> ADD = new ArrayList<>();
  private static final List<String> COMMENTS = new ArrayList<>();
  private static final List<String> UN_RECORDS = new ArrayList<>();

  @TempDir Path dir;

  @BeforeAll
  static void samples() throws Exception {
    Path watchman = SanctionsTestData.listsDir().resolve("watchman");
    SDN.addAll(lines(watchman.resolve("sdn.csv"), 300));
    ALT.addAll(lines(watchman.resolve("alt.csv"), 300));
    ADD.addAll(lines(watchman.resolve("add.csv"), 300));
    COMMENTS.addAll(lines(watchman.resolve("sdn_comments.csv"), 50));
    Matcher m = UN_RECORD.matcher(Files.readString(watchman.resolve("UN_consolidated.xml")));
    while (m.find() && UN_RECORDS.size() < 200) {
      UN_RECORDS.add(m.group());
    }
    assertThat(UN_RECORDS).hasSizeGreaterThan(100);
  }

  private static List<String> lines(Path file, int limit) throws Exception {
    try (var lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      return lines.filter(l -> !l.isBlank()).limit(limit).toList();
    }
  }

  @Test
  void ofacFilesAreLoadedOrReportedLineByLine() {
    Fuzz.of("sanctions: OFAC CSV", CASES)
        .run(
            c -> {
              Path sdn = dir.resolve("sdn.csv");
              String written =
                  write(c, sdn, SDN, 8)
                      + write(c, dir.resolve("alt.csv"), ALT, 4)
                      + write(c, dir.resolve("add.csv"), ADD, 4)
                      + write(c, dir.resolve("sdn_comments.csv"), COMMENTS, 2);
              c.input(written);
              LoadedLists loaded = OfacCsvLoader.load(sdn);
              assertWellFormed(loaded);
              c.label(loaded.problems().isEmpty() ? "clean" : "problems reported");
            })
        .assertAtLeast(CASES)
        .assertReached("clean", "problems reported");
  }

  @Test
  void unFilesAreLoadedOrReported() {
    Path xml = dir.resolve("UN_consolidated.xml");
    Fuzz.of("sanctions: UN XML", CASES)
        .run(
            c -> {
              byte[] content =
                  c.chance(0.1)
                      ? Hostile.bytes(c.random(), 300)
                      : unXml(c).getBytes(StandardCharsets.UTF_8);
              Files.write(xml, c.input(content));
              LoadedLists loaded = UnXmlLoader.load(xml);
              assertWellFormed(loaded);
              c.label(loaded.problems().isEmpty() ? "clean" : "problems reported");
            })
        .assertAtLeast(CASES)
        .assertReached("clean", "problems reported");
  }

  @Test
  void renamedRealRecordsAllStillLoad() {
    Fuzz.of("sanctions: renamed records", CASES)
        .run(
            c -> {
              List<String> lines = new ArrayList<>();
              for (int n = c.between(1, 6); n > 0; n--) {
                Matcher record = SDN_RECORD.matcher(c.pick(SDN));
                if (record.matches()) {
                  String name = Hostile.safeText(c.random(), 60);
                  lines.add(record.group(1) + ",\"" + name + "\"" + record.group(2));
                }
              }
              lines = lines.stream().distinct().toList();
              Path sdn = dir.resolve("sdn.csv");
              Files.writeString(
                  sdn, c.input(String.join("\r\n", lines)), StandardCharsets.ISO_8859_1);
              for (String other : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
                Files.deleteIfExists(dir.resolve(other));
              }
              LoadedLists loaded = OfacCsvLoader.load(sdn);
              long ids = lines.stream().map(l -> l.substring(0, l.indexOf(','))).distinct().count();
              assertThat(loaded.entries()).hasSize((int) ids);
              c.label("loaded");
            })
        .assertAtLeast(CASES);
  }

  /** Writes 0..max sample lines (some mutated, some hostile); returns what was written. */
  private static String write(FuzzCase c, Path file, List<String> samples, int max)
      throws Exception {
    if (c.chance(0.15)) {
      Files.deleteIfExists(file);
      return "";
    }
    List<String> lines = new ArrayList<>();
    for (int n = c.between(0, max); n > 0; n--) {
      String line = c.pick(samples);
      lines.add(
          switch (c.between(0, 5)) {
            case 0 -> Mutations.csvLine(c.random(), line);
            case 1 -> Mutations.text(c.random(), line);
            case 2 -> Hostile.string(c.random());
            default -> line;
          });
    }
    String text =
        String.join(c.chance(0.5) ? "\r\n" : "\n", lines) + (c.chance(0.1) ? "\u001a" : "");
    Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1)); // as OFAC publishes: Latin-1
    return file.getFileName() + ":\n" + text + "\n";
  }

  private static String unXml(FuzzCase c) {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST>\n");
    for (int n = c.between(0, 5); n > 0; n--) {
      String record = c.pick(UN_RECORDS);
      xml.append(c.chance(0.6) ? Mutations.xmlText(c.random(), record) : record).append('\n');
    }
    xml.append("</CONSOLIDATED_LIST>\n");
    return c.chance(0.2) ? Mutations.text(c.random(), xml.toString()) : xml.toString();
  }

  private static void assertWellFormed(LoadedLists loaded) {
    assertThat(loaded.problems())
        .allSatisfy(
            p -> {
              assertThat(p.reason()).isNotBlank();
              assertThat(p.line()).isNotNegative();
            });
    assertThat(loaded.entries())
        .allSatisfy(
            e -> {
              assertThat(e.key().id()).isNotBlank();
              assertThat(e.primaryName()).isNotBlank();
            });
  }
}
