package io.finnexus.scoring.sanctions;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a name as written anywhere (any script, any case, accents, punctuation, titles) into
 * comparable tokens: non-ASCII text is transliterated to Latin and stripped of accents with ICU's
 * {@code Any-Latin; Latin-ASCII}, letters are upper-cased, apostrophes vanish ("O'BRIEN" =
 * "OBRIEN"), dotted initials join ("S.A." = "SA"), other punctuation separates words, titles and
 * honorifics are dropped (unless nothing else is left), and legal forms and particles get a low
 * weight ({@link NameWords}). Token order is kept; matching is order-insensitive. Thread-safe.
 */
public final class NameNormalizer {

  private static final String TRANSLITERATION = "Any-Latin; Latin-ASCII";
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSLITERATION));

  private NameNormalizer() {}

  /** Normalised tokens of {@code name}; empty when the name holds no letter or digit. */
  static NormalizedName normalize(String name) {
    if (name == null || name.isEmpty()) {
      return NormalizedName.EMPTY;
    }
    String latin = isAscii(name) ? name : TO_LATIN.get().transliterate(name);
    List<String> words = isAscii(latin) ? split(latin) : latinAgain(split(latin));
    List<String> kept = new ArrayList<>(words.size());
    for (String word : words) {
      if (!NameWords.isHonorific(word)) {
        kept.add(NameWords.canonical(word));
      }
    }
    if (kept.isEmpty()) {
      kept = words;
    }
    String[] tokens = kept.toArray(new String[0]);
    float[] weights = new float[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      weights[i] = NameWords.weight(tokens[i]);
    }
    return new NormalizedName(tokens, weights);
  }

  /**
   * The normalised form as one string, e.g. {@code "Dr. José O'Brien-Núñez"} → "JOSE OBRIEN NUNEZ".
   */
  public static String normalizedText(String name) {
    return normalize(name).toString();
  }

  /**
   * Upper-casing can turn a letter ICU left alone into one it transliterates (U+1C83, a rare
   * Cyrillic es, becomes the capital С), so words still outside ASCII go through once more. Without
   * it a name normalised twice differed, and a look-alike letter escaped matching.
   */
  private static List<String> latinAgain(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String word : words) {
      if (isAscii(word)) {
        out.add(word);
      } else {
        out.addAll(split(TO_LATIN.get().transliterate(word)));
      }
    }
    return out;
  }

  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int segment = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '`' || c == '\u2019' || c == '\u02bc' || c == '\u02bf') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toUpperCase(c));
        segment++;
      } else if (c == '.' && segment == 1 && isInitialAt(text, i + 1)) {
        segment = 0;
      } else if (word.length() > 0) {
        segment = 0;
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** A single letter followed by a dot or the end: "S.A." and "M.D." are one word, SA and MD. */
  private static boolean isInitialAt(String text, int i) {
    return i < text.length()
        && Character.isLetter(text.charAt(i))
        && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }
}
