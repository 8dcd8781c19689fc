package fr.sesame.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class OutboxTest {

  @Test
  void drainsBatchAfterBatchWhileTheyComeBackFull() {
    // 45 rows waiting, claimed 20 at a time: 20, 20, then 5, which ends the drain.
    AtomicInteger waiting = new AtomicInteger(45);
    List<Integer> handled = new ArrayList<>();
    AtomicInteger claims = new AtomicInteger();
    Outbox.drain(
            20,
            () -> {
              claims.incrementAndGet();
              int claimed = Math.min(20, waiting.get());
              waiting.addAndGet(-claimed);
              return Flux.range(0, claimed);
            },
            row -> Mono.fromRunnable(() -> handled.add(row)), // emits nothing, as real work
            4)
        .block();
    assertThat(claims).hasValue(3);
    assertThat(handled).hasSize(45);
    assertThat(waiting).hasValue(0);
  }

  @Test
  void oneShortBatchIsOneClaim() {
    AtomicInteger claims = new AtomicInteger();
    Outbox.drain(20, () -> Mono.just((long) Math.min(claims.incrementAndGet(), 0))).block();
    assertThat(claims).hasValue(1);
  }
}
