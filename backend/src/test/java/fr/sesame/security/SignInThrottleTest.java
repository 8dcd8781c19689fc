package fr.sesame.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {

  @ParameterizedTest
  @CsvSource({"5, 1", "6, 2", "7, 4", "10, 32", "15, 900", "400, 900"})
  void waitGrowsFromTheFifthFailureAndIsCapped(int failures, long seconds) {
    assertThat(SignInThrottle.waitAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @CsvSource({"'  Admin ', admin", "ÉLÈVE, élève"})
  void keysIgnoreCaseAndSurroundingSpaces(String username, String key) {
    assertThat(SignInThrottle.keyOf(username)).isEqualTo(key);
  }
}
