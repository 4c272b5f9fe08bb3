package io.finnexus.bench;

import io.finnexus.scoring.sanctions.SanctionedEntry;
import io.finnexus.scoring.sanctions.SanctionsIndex;
import io.finnexus.scoring.sanctions.SanctionsListsLoader;
import io.finnexus.scoring.sanctions.ScreeningResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Sanctions screening throughput on one thread, in names per second, against the full index (OFAC
 * SDN 2024 + 2019 with aliases, UN consolidated) loaded from {@code -Dfinnexus.sanctions.dir} or
 * the first {@code shared/data/sanctions} found above the working directory. Two query mixes:
 * ordinary names (what a bank mostly screens: they rarely hit) and listed names reordered and
 * lower-cased (every one hits, more candidates to score). Run: {@code ./mvnw -pl bench compile
 * exec:exec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ScreeningBenchmark {

  private static final String[] FIRST = {
    "James", "Maria", "Mohammed", "Wei", "Olga", "Jose", "Fatima", "Hiroshi", "Priya", "Kwame",
    "Anna", "Ahmed", "Carlos", "Sofia", "Ivan", "Li", "Aisha", "Pierre", "Giulia", "Minjun",
    "David", "Elena", "Omar", "Yuki", "Lars", "Ngozi", "Rahul", "Chen", "Ali", "Emma"
  };
  private static final String[] LAST = {
    "Smith",
    "Garcia",
    "Khan",
    "Wang",
    "Ivanova",
    "Silva",
    "Hassan",
    "Tanaka",
    "Sharma",
    "Mensah",
    "Muller",
    "Rossi",
    "Nguyen",
    "Kim",
    "Lopez",
    "Popov",
    "Ahmadi",
    "Dubois",
    "Kowalski",
    "Park",
    "Johnson",
    "Hernandez",
    "Yilmaz",
    "Okafor",
    "Jensen",
    "Papadopoulos",
    "Murphy",
    "Patel",
    "Li",
    "Brown"
  };

  private SanctionsIndex index;
  private String[] ordinaryNames;
  private String[] listedNameVariants;
  private int next;

  @Setup
  public void loadIndex() {
    List<SanctionedEntry> entries = SanctionsListsLoader.load(listsDir()).entries();
    index = SanctionsIndex.build(entries);
    Random random = new Random(42);
    ordinaryNames = new String[4096];
    for (int i = 0; i < ordinaryNames.length; i++) {
      ordinaryNames[i] =
          FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }
    List<SanctionedEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, random);
    listedNameVariants = new String[4096];
    for (int i = 0; i < listedNameVariants.length; i++) {
      listedNameVariants[i] = reordered(shuffled.get(i % shuffled.size()).primaryName());
    }
  }

  @Benchmark
  public ScreeningResult ordinaryNames() {
    return index.screen(ordinaryNames[next++ & 4095], 0.92, 5);
  }

  @Benchmark
  public ScreeningResult listedNameVariants() {
    return index.screen(listedNameVariants[next++ & 4095], 0.92, 5);
  }

  private static String reordered(String name) {
    List<String> words = new ArrayList<>(List.of(name.replace(",", " ").trim().split("\\s+")));
    Collections.reverse(words);
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  private static Path listsDir() {
    String configured = System.getProperty("finnexus.sanctions.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/data/sanctions"))) {
        return dir.resolve("shared/data/sanctions");
      }
    }
    throw new IllegalStateException("no shared/data/sanctions above the working directory");
  }
}
