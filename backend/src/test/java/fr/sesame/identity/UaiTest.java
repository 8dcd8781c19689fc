package fr.sesame.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

  @ParameterizedTest
  @CsvSource({"0750654D, 0750654D", "0750655e, 0750655E", "' 0751234J ', 0751234J"})
  void acceptsRealUaisInAnyCase(String raw, String expected) {
    assertThat(Uai.normalise(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0750654A", "0751234K"})
  void refusesAWrongCheckLetterAndSaysTheRightOne(String raw) {
    assertThatThrownBy(() -> Uai.normalise(raw))
        .hasMessageContaining("uai.checkLetter")
        .hasMessageContaining(", " + Uai.checkLetter(raw.substring(0, 7)) + "]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"075065D", "07506540", "ABCDEFGH", "0750654DD", ""})
  void refusesWhatIsNotSevenDigitsAndALetter(String raw) {
    assertThatThrownBy(() -> Uai.normalise(raw)).hasMessageContaining("uai.format");
  }
}
