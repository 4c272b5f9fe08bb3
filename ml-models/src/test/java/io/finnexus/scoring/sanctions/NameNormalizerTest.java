package io.finnexus.scoring.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  @Test
  void foldsCaseAccentsPunctuationAndApostrophes() {
    assertThat(NameNormalizer.normalizedText("  José O'Brien-Núñez, Jr. "))
        .isEqualTo("JOSE OBRIEN NUNEZ JR");
    assertThat(NameNormalizer.normalizedText("MÜLLER, Jürgen")).isEqualTo("MULLER JURGEN");
    assertThat(NameNormalizer.normalizedText("BODECARNE, S.A. DE C.V.; J. Smith"))
        .isEqualTo("BODECARNE SA DE CV J SMITH");
  }

  @Test
  void dropsTitlesAndHonorificsUnlessNothingElseIsLeft() {
    assertThat(NameNormalizer.normalizedText("Dr. Sheikh Ahmed Mr")).isEqualTo("AHMED");
    assertThat(NameNormalizer.normalizedText("Sheikh")).isEqualTo("SHEIKH");
  }

  @Test
  void transliteratesCyrillicArabicAndChineseToLatin() {
    assertThat(NameNormalizer.normalizedText("Владимир Путин")).isEqualTo("VLADIMIR PUTIN");
    assertThat(NameNormalizer.normalizedText("صدام حسين")).isEqualTo("SDAM HSYN");
    assertThat(NameNormalizer.normalizedText("习近平")).isEqualTo("XI JIN PING");
  }

  @Test
  void legalFormsAndParticlesWeighLittle() {
    NormalizedName name = NameNormalizer.normalize("Al-Noor Trading Co., Ltd.");
    assertThat(name.tokens()).containsExactly("AL", "NOOR", "TRADING", "CO", "LTD");
    assertThat(name.weights()).containsExactly(0.1f, 1f, 0.1f, 0.1f, 0.1f);
    assertThat(NameNormalizer.normalizedText("Noor Trading Company Limited"))
        .isEqualTo("NOOR TRADING CO LTD");
  }

  @Test
  void aNameWithoutLettersNormalisesToNothing() {
    assertThat(NameNormalizer.normalize(" -- , . ").isEmpty()).isTrue();
    assertThat(NameNormalizer.normalize(null).isEmpty()).isTrue();
  }

  /** Found by NameScreeningFuzzTest: U+1C83 upper-cases to a Cyrillic letter ICU then skipped. */
  @Test
  void aLetterThatUpperCasesIntoAnotherScriptIsTransliteratedToo() {
    assertThat(NameNormalizer.normalizedText("Bori\u1c83 Petrov")).isEqualTo("BORIS PETROV");
    String once = NameNormalizer.normalizedText("WSHY\u1c83 \ua91aC");
    assertThat(NameNormalizer.normalizedText(once)).isEqualTo(once);
  }
}
