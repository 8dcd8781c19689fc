package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginsTest {

  @ParameterizedTest
  @CsvSource({
    "prenom.nom, Hélène, Dupré, helene.dupre",
    "prenom.nom, Jean Pierre, Le Gall, jean-pierre.le-gall",
    "prenom.nom, Zoé, D'Œuvre, zoe.d-oeuvre",
    "nom.prenom, Zoé, Lefèvre, lefevre.zoe",
    "p.nom, Hélène, Dupré, h.dupre",
    "nom_p, Hélène, Dupré, dupre_h",
    "prenom.nom, 李, 王, utilisateur",
  })
  void makesLowerCaseAsciiLoginsFromNames(String pattern, String first, String last, String login) {
    assertThat(new Logins(pattern).base(first, last)).isEqualTo(login);
  }

  @Test
  void numbersOnCollision() {
    assertThat(Logins.firstFree("helene.dupre", Set.of())).isEqualTo("helene.dupre");
    assertThat(Logins.firstFree("helene.dupre", Set.of("helene.dupre", "helene.dupre2")))
        .isEqualTo("helene.dupre3");
  }

  @Test
  void refusesAPatternItCannotFollow() {
    assertThatThrownBy(() -> new Logins("firstname.lastname")).hasMessageContaining("firstname");
  }

  @ParameterizedTest
  @CsvSource({"Hélène.Dupré, helene.dupre", "' JDUPRE ', jdupre"})
  void normalisesGivenLogins(String raw, String login) {
    assertThat(Logins.normalise(raw)).isEqualTo(login);
  }

  @ParameterizedTest
  @CsvSource({"'a b'", "'.leading'", "'semi;colon'", "''"})
  void refusesLoginsWithOtherSigns(String raw) {
    assertThatThrownBy(() -> Logins.normalise(raw)).isInstanceOf(IllegalArgumentException.class);
  }
}
