package io.finnexus.scoring.sanctions;

import java.util.Map;
import java.util.Set;

/**
 * Word classes that carry little or no identity in a name. Titles and honorifics are dropped; legal
 * forms (spelled out or abbreviated alike: COMPANY = CO), generic business words and name particles
 * are kept at {@link #LOW_WEIGHT} so that "ACME LTD" still prefers "ACME LIMITED" over "ACME" but a
 * differing legal form barely moves the score. Words are in normalised form (upper-case ASCII, no
 * punctuation). Particles that are also common surnames or given names (DA, DI, DO, DU, DAS, LE,
 * BEN) are deliberately ordinary words: weighting them low made "Maria Das" score 0.91 against an
 * alias "MARIA".
 */
final class NameWords {

  /** Weight of a legal form, generic business word or particle; ordinary name words weigh 1. */
  static final float LOW_WEIGHT = 0.1f;

  /** Spelled-out legal forms and their abbreviation, so "COMPANY LIMITED" equals "CO LTD". */
  private static final Map<String, String> CANONICAL =
      Map.of(
          "COMPANY", "CO",
          "LIMITED", "LTD",
          "CORPORATION", "CORP",
          "INCORPORATED", "INC",
          "ESTABLISHMENT", "EST",
          "HOLDING", "HOLDINGS",
          "ENTERPRISE", "ENTERPRISES");

  static final Set<String> HONORIFICS =
      words(
          "MR MRS MS MISS MADAME MME DR PROF SIR DAME LORD HERR FRAU SHEIKH SHEIK SHAIKH SHAYKH"
              + " HAJI HAJJI HADJI ALHAJ ALHAJI HAJ MAULANA MAULVI MAWLAWI MAULAVI MULLAH MULLA"
              + " IMAM EMIR AMIR SAYED SAYYED REV REVEREND GEN COL CAPT");

  static final Set<String> LEGAL_FORMS =
      words(
          "LTD LIMITED LLC LLP LP INC INCORPORATED CO COMPANY CORP CORPORATION PLC SA SAS SARL"
              + " SL SRL SPA AG GMBH KG BV NV AB OY PTE PTY PVT JSC PJSC OJSC CJSC OAO ZAO OOO"
              + " PAO AO TOO FZE FZCO FZC FZ DMCC EST ESTABLISHMENT CV RL SAC CA BHD SDN");

  static final Set<String> GENERIC_BUSINESS_WORDS =
      words(
          "GROUP HOLDING HOLDINGS INTERNATIONAL TRADING ENTERPRISES ENTERPRISE INDUSTRIES"
              + " SERVICES GENERAL");

  static final Set<String> PARTICLES =
      words("AL EL BIN IBN BINT DE DEL DELLA DOS VAN VON DER DEN LA LOS LAS Y OF THE AND FOR ET");

  private NameWords() {}

  /** The canonical spelling of {@code word} (legal forms abbreviated), else the word itself. */
  static String canonical(String word) {
    return CANONICAL.getOrDefault(word, word);
  }

  static boolean isHonorific(String word) {
    return HONORIFICS.contains(word);
  }

  static float weight(String word) {
    boolean low =
        LEGAL_FORMS.contains(word)
            || GENERIC_BUSINESS_WORDS.contains(word)
            || PARTICLES.contains(word);
    return low ? LOW_WEIGHT : 1f;
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.of(spaceSeparated.split(" "));
  }
}
