package fr.sesame.testing;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Proves the guard the other tests rely on: blocking on a non-blocking thread fails. */
class BlockHoundIsActiveTest {

  @Test
  void blockingOnAParallelThreadIsCaught() {
    Mono<Void> sleeping =
        Mono.<Void>fromRunnable(
                () -> {
                  try {
                    Thread.sleep(1);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                })
            .subscribeOn(Schedulers.parallel());
    StepVerifier.create(sleeping)
        .expectError(BlockingOperationError.class)
        .verify(Duration.ofSeconds(5));
  }
}
