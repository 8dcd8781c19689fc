package fr.sesame.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicUrlsTest {

  @ParameterizedTest
  @CsvSource({
    "https://sesame.example.fr, https://sesame.example.fr/",
    "HTTPS://Sesame.Example.FR/espaces, https://sesame.example.fr/espaces/",
    "https://sesame.example.fr:8443/a/, https://sesame.example.fr:8443/a/",
    "http://localhost:8080, http://localhost:8080/",
    "http://127.0.0.1:8080/, http://127.0.0.1:8080/",
    "http://[::1]:8080, http://[::1]:8080/",
  })
  void normalisesWithATrailingSlash(String raw, String expected) {
    assertThat(PublicUrls.normalise(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "javascript:alert(1), publicUrl.scheme",
    "ftp://sesame.example.fr/, publicUrl.scheme",
    "http://sesame.example.fr/, publicUrl.https",
    "http://10.0.0.1/, publicUrl.https",
    "https://user:pw@sesame.example.fr/, publicUrl.extraParts",
    "https://sesame.example.fr/?x=1, publicUrl.extraParts",
    "https://sesame.example.fr/#top, publicUrl.extraParts",
    "sesame.example.fr, publicUrl.scheme",
    "https://, publicUrl.invalid",
  })
  void refusesWhatAPhoneCouldNotOpenSafely(String raw, String reason) {
    assertThatThrownBy(() -> PublicUrls.normalise(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
