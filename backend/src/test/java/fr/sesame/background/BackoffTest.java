package fr.sesame.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));

  @Test
  void waitsFirstThenDoublesUpToTheLongest() {
    assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(80));
    assertThat(backoff.after(8)).isEqualTo(Duration.ofMinutes(10));
    assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(10));
  }
}
