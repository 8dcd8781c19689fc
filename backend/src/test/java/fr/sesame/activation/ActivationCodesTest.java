package fr.sesame.activation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a parent types from a letter, made what the letter means before it is compared. */
class ActivationCodesTest {

  @Test
  void aSecurityCodeTypedWithLettersForDigitsIsCorrected() {
    assertThat(ActivationCodes.normalise("4O7 l2o", false)).isEqualTo("407120");
    assertThat(ActivationCodes.normalise(" 123-456 ", false)).isEqualTo("123456");
    assertThat(ActivationCodes.normalise("123\u2013456", false)).isEqualTo("123456");
  }

  @Test
  void anActivationCodeIgnoresCaseSpacesAndDashes() {
    assertThat(ActivationCodes.normalise("abcd-efgh ijk2", true)).isEqualTo("ABCDEFGHIJK2");
    assertThat(ActivationCodes.normalise("ABCD EFGH JK23", true)).isEqualTo("ABCDEFGHJK23");
  }
}
