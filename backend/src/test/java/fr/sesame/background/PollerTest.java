package fr.sesame.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** A nudge runs the step without waiting for the period, and never two steps at once. */
class PollerTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void aNudgeRunsTheStepAtOnceAndNudgesDuringAStepMakeOneMore() throws Exception {
    Sinks.Many<Boolean> nudges = Sinks.many().multicast().directBestEffort();
    AtomicInteger steps = new AtomicInteger();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Disposable polling =
        Poller.every(
            HOUR,
            nudges.asFlux(),
            () ->
                Mono.fromRunnable(
                        () -> {
                          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                          steps.incrementAndGet();
                          firstStarted.countDown();
                          await(release);
                          running.decrementAndGet();
                        })
                    .subscribeOn(Schedulers.boundedElastic())
                    .then(),
            LoggerFactory.getLogger(PollerTest.class),
            "test");
    try {
      nudges.tryEmitNext(true);
      assertThat(firstStarted.await(10, TimeUnit.SECONDS)).as("step run before the hour").isTrue();
      for (int i = 0; i < 5; i++) {
        nudges.tryEmitNext(true); // while the first step runs
      }
      release.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (steps.get() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200); // room for a third step, were nudges not folded into one
      assertThat(steps.get()).isEqualTo(2);
      assertThat(mostAtOnce.get()).isEqualTo(1);
    } finally {
      polling.dispose();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
