package io.finnexus.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log scan of DemoIT finds the generator's personal data where it leaked, and only there. */
class PersonalDataScanTest {

  @TempDir Path logs;

  @Test
  void aCounterpartyNameOrExternalAccountInAnyLogIsALeak() throws Exception {
    var secrets = PersonalDataScan.generatorsPersonalData(200, 10);
    assertThat(secrets).anyMatch(s -> s.startsWith("EXT-")).anyMatch(s -> s.contains(" "));
    String name = secrets.stream().filter(s -> s.contains(" ")).findFirst().orElseThrow();

    Files.writeString(logs.resolve("streams.log"), "12:00:01 INFO scored tx-1\n");
    Path console = logs.resolve("console.txt");
    Files.writeString(console, "demo: FinNexus is running.\n");
    assertThat(PersonalDataScan.leaks(secrets, logs, console)).isEmpty();

    Files.writeString(logs.resolve("api.log"), "WARN could not store alert for " + name + "\n");
    assertThat(PersonalDataScan.leaks(secrets, logs, console))
        .containsExactly(logs.resolve("api.log") + ": " + name);
  }
}
