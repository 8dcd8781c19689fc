package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class RenderingWarmUpTest {

  @Test
  void rendersSpecimenLettersOfEveryKindWithinItsBudget() {
    long start = System.nanoTime();
    int letters = new RenderingWarmUp(Clock.systemUTC(), () -> false).run();
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(letters).isPositive();
    assertThat(seconds).isLessThanOrEqualTo(RenderingWarmUp.BUDGET.toSeconds() + 15);
  }

  @Test
  void leavesTheCoresToRealLettersOnceTheyStart() {
    assertThat(new RenderingWarmUp(Clock.systemUTC(), () -> true).run()).isZero();
  }
}
