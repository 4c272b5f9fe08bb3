package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvLoaderTest {

  @TempDir Path dir;

  private void write(String file, String content) throws IOException {
    Files.write(dir.resolve(file), content.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void loadsEntriesWithAliasesFromAltFileAndRemarksAndCountriesFromAddresses() throws IOException {
    write(
        "sdn.csv",
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
            + "\"a.k.a. 'BNC'; f.k.a. 'AL-JAZA'IRI, Abu'.\"\r\n"
            + "2674,\"MÜLLER, José\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "\u001a");
    write("alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n");
    write("add.csv", "306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n");

    LoadedLists loaded = OfacCsvLoader.load(dir.resolve("sdn.csv"));

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.entries()).hasSize(3);
    SanctionedEntry airline = loaded.entries().get(0);
    assertThat(airline.key()).isEqualTo(new EntryKey(SanctionsList.OFAC, "36"));
    assertThat(airline.type()).isEqualTo("entity");
    assertThat(airline.aliases()).containsExactly("AERO-CARIBBEAN");
    SanctionedEntry bank = loaded.entries().get(1);
    assertThat(bank.aliases()).containsExactly("BNC", "AL-JAZA'IRI, Abu");
    assertThat(bank.countries()).containsExactly("Switzerland");
    SanctionedEntry person = loaded.entries().get(2);
    assertThat(person.primaryName()).isEqualTo("MÜLLER, José");
    assertThat(person.type()).isEqualTo("individual");
    assertThat(person.programs()).isEqualTo("SDGT");
  }

  @Test
  void malformedLinesAreSkippedAndReportedWithTheirLineNumbers() throws IOException {
    write(
        "sdn.csv",
        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "this line is not an SDN record\r\n"
            + "X1,\"BAD ID\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "37,\"UNTERMINATED ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "\r\n"
            + "38,-0- ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "36,\"DUPLICATE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
            + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
    write("alt.csv", "999,1,\"aka\",\"ORPHAN\",-0- \r\n36,2,\"aka\",-0- ,-0- \r\n");

    LoadedLists loaded = OfacCsvLoader.load(dir.resolve("sdn.csv"));

    assertThat(loaded.entries())
        .extracting(SanctionedEntry::primaryName)
        .containsExactly("AEROCARIBBEAN AIRLINES", "ANGLO-CARIBBEAN CO., LTD.");
    String sdn = dir.resolve("sdn.csv").toString();
    String alt = dir.resolve("alt.csv").toString();
    assertThat(loaded.problems())
        .extracting(p -> p.file() + ":" + p.line())
        .containsExactly(
            sdn + ":2", sdn + ":3", sdn + ":4", sdn + ":6", sdn + ":7", alt + ":1", alt + ":2");
    assertThat(loaded.problems().get(0).reason()).contains("expected 12 fields, found 1");
    assertThat(loaded.problems().get(1).reason()).contains("ent_num is not a number");
    assertThat(loaded.problems().get(3).reason()).contains("empty SDN_Name");
    assertThat(loaded.problems().get(4).reason()).contains("duplicate ent_num 36");
    assertThat(loaded.problems().get(5).reason()).contains("unknown ent_num 999");
  }

  @Test
  void remarkAliasesKeepApostrophesInsideNames() {
    assertThat(
            OfacCsvLoader.remarkAliases(
                "DOB 1970; a.k.a. 'SALIMI, Vezerat'; Linked To: X; n.k.a. 'O'BRIEN TRADING'."))
        .containsExactly("SALIMI, Vezerat", "O'BRIEN TRADING");
  }
}
