package io.finnexus.schemas.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations of valid samples (taken from the reference data): spans deleted, duplicated, swapped or
 * truncated, hostile tokens inserted, characters replaced, CSV fields replaced or dropped, XML text
 * replaced. A mutated sample is near-valid, which reaches deeper into a parser than random noise.
 */
public final class Mutations {

  private Mutations() {}

  /** One to three random edits of {@code text}. */
  public static String text(SplittableRandom r, String text) {
    StringBuilder out = new StringBuilder(text);
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      edit(r, out);
    }
    return out.toString();
  }

  private static void edit(SplittableRandom r, StringBuilder out) {
    int length = out.length();
    int at = length == 0 ? 0 : r.nextInt(length);
    int end = Math.min(length, at + 1 + r.nextInt(Math.max(1, Math.min(64, length - at))));
    switch (r.nextInt(8)) {
      case 0 -> out.delete(at, end);
      case 1 -> out.insert(at, out.substring(at, end));
      case 2 -> out.insert(at, Hostile.string(r));
      case 3 -> {
        if (length > 0) {
          out.setCharAt(at, (char) r.nextInt(0x3000));
        }
      }
      case 4 -> out.setLength(at);
      case 5 -> out.insert(at, Hostile.token(r));
      case 6 -> out.replace(at, end, Hostile.number(r));
      default -> {
        String span = out.substring(at, end);
        out.delete(at, end);
        int to = out.length() == 0 ? 0 : r.nextInt(out.length() + 1);
        out.insert(to, span);
      }
    }
  }

  /**
   * A CSV line (still one line) with one or two fields replaced, dropped, added, quoted or broken.
   */
  public static String csvLine(SplittableRandom r, String line) {
    List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
    for (int n = 1 + r.nextInt(2); n > 0; n--) {
      int i = r.nextInt(fields.size());
      switch (r.nextInt(7)) {
        case 0 -> fields.remove(i);
        case 1 -> fields.add(i, Hostile.token(r));
        case 2 -> fields.set(i, "\"" + fields.get(i).replace("\"", "\"\"") + "\"");
        case 3 -> fields.set(i, "\"" + fields.get(i));
        case 4 -> fields.set(i, Hostile.number(r));
        default -> fields.set(i, noLineBreaks(Hostile.string(r)));
      }
      if (fields.isEmpty()) {
        fields.add("");
      }
    }
    return noLineBreaks(String.join(",", fields));
  }

  /** {@code xml} with the text of one element replaced (escaped or raw) or a tag broken. */
  public static String xmlText(SplittableRandom r, String xml) {
    List<int[]> texts = new ArrayList<>();
    for (int i = xml.indexOf('>'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('>', i + 1)) {
      int close = xml.indexOf('<', i + 1);
      if (close > i + 1 && !xml.substring(i + 1, close).isBlank()) {
        texts.add(new int[] {i + 1, close});
      }
    }
    if (texts.isEmpty() || r.nextInt(5) == 0) {
      return text(r, xml);
    }
    int[] span = texts.get(r.nextInt(texts.size()));
    String replacement = Hostile.string(r);
    if (r.nextInt(4) > 0) {
      replacement = escapeXml(replacement);
    }
    return xml.substring(0, span[0]) + replacement + xml.substring(span[1]);
  }

  public static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  public static String noLineBreaks(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
