package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RenderingWarmUpTest {

  @Test
  void rendersSpecimenLettersOfEveryKindWithinItsBudget() {
    long start = System.nanoTime();
    int letters = new RenderingWarmUp(Clock.systemUTC(), () -> false, Duration.ofSeconds(3)).run();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(letters)
        .isGreaterThan(MergedLetters.CHUNK); // merged chunks and letters on their own
    assertThat(seconds).as("stops at its budget, within a letter").isLessThanOrEqualTo(3 + 10);
  }

  @Test
  void leavesTheCoresToRealLettersOnceTheyStart() {
    assertThat(new RenderingWarmUp(Clock.systemUTC(), () -> true, RenderingWarmUp.BUDGET).run())
        .isZero();
  }
}
