package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanctionsListsLoaderTest {

  @TempDir Path dir;

  @Test
  void findsListFilesInSubfoldersAndMergesTheSameEntryFromTwoReleases() throws IOException {
    write("a-2024/sdn.csv", "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"" + ",-0- ".repeat(8));
    write("b-2019/sdn.csv", "36,\"AEROCARIBBEAN AIRWAYS\",-0- ,\"CUBA\"" + ",-0- ".repeat(8));
    write("b-2019/alt.csv", "36,12,\"aka\",\"AERO-CARIBBEAN\",-0- ");
    write(
        "un/UN_Consolidated.xml",
        "<CONSOLIDATED_LIST><ENTITIES><ENTITY><REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER>"
            + "<FIRST_NAME>SOME FRONT</FIRST_NAME></ENTITY></ENTITIES></CONSOLIDATED_LIST>");
    write("un/other.xml", "<not-a-list/>");

    LoadedLists loaded = SanctionsListsLoader.load(dir);

    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.files()).hasSize(4);
    assertThat(loaded.entries())
        .extracting(e -> e.key().toString())
        .containsExactly("OFAC:36", "UN:QDe.1");
    SanctionedEntry merged = loaded.entries().get(0);
    assertThat(merged.primaryName()).isEqualTo("AEROCARIBBEAN AIRLINES");
    assertThat(merged.aliases()).containsExactly("AEROCARIBBEAN AIRWAYS", "AERO-CARIBBEAN");
  }

  @Test
  void aDirectoryWithoutListsIsAReportedProblemNotAnError() {
    LoadedLists loaded = SanctionsListsLoader.load(dir.resolve("missing"));

    assertThat(loaded.entries()).isEmpty();
    assertThat(loaded.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("not a directory"));
  }

  private void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
  }
}
