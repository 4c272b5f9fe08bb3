package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnXmlLoaderTest {

  private static final String LIST =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <CONSOLIDATED_LIST>
        <INDIVIDUALS>
          <INDIVIDUAL>
            <DATAID>6908555</DATAID>
            <FIRST_NAME>SADDAM</FIRST_NAME>
            <SECOND_NAME>HUSSEIN AL-TIKRITI</SECOND_NAME>
            <UN_LIST_TYPE>Iraq</UN_LIST_TYPE>
            <REFERENCE_NUMBER>IQi.001</REFERENCE_NUMBER>
            <NAME_ORIGINAL_SCRIPT>صدام حسين التكريتي</NAME_ORIGINAL_SCRIPT>
            <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abu Ali</ALIAS_NAME></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_ADDRESS><COUNTRY>Iraq</COUNTRY></INDIVIDUAL_ADDRESS>
            <INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY>Elsewhere</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
          </INDIVIDUAL>
        </INDIVIDUALS>
        <ENTITIES>
          <ENTITY>
            <DATAID>110404</DATAID>
            <FIRST_NAME>AL-NUSRAH FRONT FOR THE PEOPLE OF THE LEVANT</FIRST_NAME>
            <REFERENCE_NUMBER>QDe.137</REFERENCE_NUMBER>
            <ENTITY_ALIAS><ALIAS_NAME>Jabhat al-Nusrah</ALIAS_NAME></ENTITY_ALIAS>
          </ENTITY>
          <ENTITY><DATAID>1</DATAID><REFERENCE_NUMBER>QDe.999</REFERENCE_NUMBER></ENTITY>
        </ENTITIES>
      </CONSOLIDATED_LIST>
      """;

  @Test
  void readsIndividualsAndEntitiesWithAliasesOriginalScriptAndAddressCountries() {
    List<SanctionedEntry> entries = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();

    UnXmlLoader.parse(stream(LIST), "un.xml", entries, problems);

    assertThat(entries).hasSize(2);
    SanctionedEntry saddam = entries.get(0);
    assertThat(saddam.key()).isEqualTo(new EntryKey(SanctionsList.UN, "IQi.001"));
    assertThat(saddam.primaryName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
    assertThat(saddam.aliases()).containsExactly("صدام حسين التكريتي", "Abu Ali");
    assertThat(saddam.countries()).containsExactly("Iraq");
    assertThat(saddam.type()).isEqualTo("individual");
    assertThat(entries.get(1).aliases()).containsExactly("Jabhat al-Nusrah");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("QDe.999"));
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    String hostile =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>E1</REFERENCE_NUMBER>"
            + "<FIRST_NAME>&xxe;</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>";
    List<SanctionedEntry> entries = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();

    UnXmlLoader.parse(stream(hostile), "hostile.xml", entries, problems);

    assertThat(entries).noneMatch(e -> e.primaryName().contains("TOP SECRET"));
    assertThat(entries.size() + problems.size()).isPositive();
  }

  /** Found by SanctionsListFuzzTest: an id of Unicode spaces made an entry keyed "UN: ". */
  @Test
  void anIdOfUnicodeSpacesIsNoId() {
    String list =
        "<CONSOLIDATED_LIST><ENTITY><REFERENCE_NUMBER>\u3000</REFERENCE_NUMBER>"
            + "<DATAID>\u2028</DATAID><FIRST_NAME>NAMED</FIRST_NAME></ENTITY></CONSOLIDATED_LIST>";
    List<SanctionedEntry> entries = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();

    UnXmlLoader.parse(stream(list), "spaces.xml", entries, problems);

    assertThat(entries).isEmpty();
    assertThat(problems)
        .extracting(LoadProblem::reason)
        .containsExactly("record without REFERENCE_NUMBER or DATAID");
  }

  @Test
  void malformedXmlKeepsEarlierEntriesAndReportsTheLine() {
    String broken =
        "<CONSOLIDATED_LIST><ENTITIES>\n<ENTITY><REFERENCE_NUMBER>E1</REFERENCE_NUMBER>"
            + "<FIRST_NAME>GOOD ONE</FIRST_NAME></ENTITY>\n<ENTITY><FIRST_NAME>BAD</ENTITY>\n";
    List<SanctionedEntry> entries = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();

    UnXmlLoader.parse(stream(broken), "broken.xml", entries, problems);

    assertThat(entries).extracting(SanctionedEntry::primaryName).containsExactly("GOOD ONE");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.reason()).startsWith("malformed XML");
            });
  }

  private static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8));
  }
}
