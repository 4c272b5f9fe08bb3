package io.finnexus.scoring.sanctions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads an OFAC SDN legacy CSV ({@code sdn.csv}: ent_num, SDN_Name, SDN_Type, Program, Title,
 * Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks) together with the files OFAC
 * publishes next to it when they exist in the same directory: {@code alt.csv} (aliases), {@code
 * add.csv} (addresses, used for countries) and {@code sdn_comments.csv} (remarks overflow). Aliases
 * written in the remarks ({@code a.k.a. 'X'}, {@code f.k.a.}, {@code n.k.a.}) are added too, since
 * the SDN file alone carries them only there. Bad lines are skipped and reported, never thrown.
 */
public final class OfacCsvLoader {

  private static final Pattern REMARK_ALIAS =
      Pattern.compile("^[afn]\\.k\\.a\\.,?\\s*'(.+)'\\.?$", Pattern.CASE_INSENSITIVE);

  private final Map<String, Builder> byId = new LinkedHashMap<>();
  private final List<LoadProblem> problems = new ArrayList<>();

  private OfacCsvLoader() {}

  /**
   * Loads {@code sdnCsv} and its sibling alias/address/comment files; never throws on bad lines.
   */
  public static LoadedLists load(Path sdnCsv) {
    OfacCsvLoader loader = new OfacCsvLoader();
    List<String> files = new ArrayList<>();
    Path dir = sdnCsv.toAbsolutePath().getParent();
    loader.readFile(sdnCsv, 12, loader::acceptSdn, files);
    loader.readFile(dir.resolve("sdn_comments.csv"), 2, loader::acceptComment, files);
    loader.readFile(dir.resolve("alt.csv"), 5, loader::acceptAlias, files);
    loader.readFile(dir.resolve("add.csv"), 6, loader::acceptAddress, files);
    List<SanctionedEntry> entries = new ArrayList<>();
    for (Builder builder : loader.byId.values()) {
      entries.add(builder.build());
    }
    return new LoadedLists(entries, loader.problems, files);
  }

  private void readFile(
      Path file, int fields, CsvRecordReader.RecordHandler handler, List<String> files) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    files.add(file.toString());
    try {
      CsvRecordReader.read(file, fields, handler, problems);
    } catch (IOException e) {
      problems.add(new LoadProblem(file.toString(), 0, "cannot read: " + e));
    }
  }

  private String acceptSdn(long line, List<String> f) {
    String id = f.get(0);
    if (!id.matches("\\d+")) {
      return "ent_num is not a number: '" + id + "'";
    }
    if (f.get(1).isBlank()) {
      return "empty SDN_Name";
    }
    if (byId.containsKey(id)) {
      return "duplicate ent_num " + id;
    }
    String type = f.get(2).isBlank() ? "entity" : f.get(2);
    Builder builder = new Builder(id, f.get(1), type, f.get(3));
    builder.remarks.append(f.get(11));
    byId.put(id, builder);
    return null;
  }

  private String acceptComment(long line, List<String> f) {
    Builder builder = byId.get(f.get(0));
    if (builder == null) {
      return "comment for unknown ent_num " + f.get(0);
    }
    builder.remarks.append(f.get(1));
    return null;
  }

  private String acceptAlias(long line, List<String> f) {
    Builder builder = byId.get(f.get(0));
    if (builder == null) {
      return "alias for unknown ent_num " + f.get(0);
    }
    if (f.get(3).isBlank()) {
      return "empty alt_name";
    }
    builder.aliases.add(f.get(3));
    return null;
  }

  private String acceptAddress(long line, List<String> f) {
    Builder builder = byId.get(f.get(0));
    if (builder == null) {
      return "address for unknown ent_num " + f.get(0);
    }
    if (!f.get(4).isBlank()) {
      builder.countries.add(f.get(4));
    }
    return null;
  }

  /** Aliases OFAC writes into the remarks column, e.g. {@code a.k.a. 'BNC'; f.k.a. 'X'}. */
  static List<String> remarkAliases(String remarks) {
    List<String> aliases = new ArrayList<>();
    for (String item : remarks.split(";")) {
      Matcher m = REMARK_ALIAS.matcher(item.trim());
      if (m.matches() && !m.group(1).isBlank()) {
        aliases.add(m.group(1).trim());
      }
    }
    return aliases;
  }

  private static final class Builder {
    final String id;
    final String name;
    final String type;
    final String programs;
    final StringBuilder remarks = new StringBuilder();
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> countries = new LinkedHashSet<>();

    Builder(String id, String name, String type, String programs) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.programs = programs;
    }

    SanctionedEntry build() {
      aliases.addAll(remarkAliases(remarks.toString()));
      aliases.remove(name);
      return new SanctionedEntry(
          new EntryKey(SanctionsList.OFAC, id),
          name,
          List.copyOf(aliases),
          type,
          programs,
          List.copyOf(countries));
    }
  }
}
