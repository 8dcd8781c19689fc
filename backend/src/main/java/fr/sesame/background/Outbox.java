package fr.sesame.background;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The mechanism the outboxes (e-mail, print, webhooks) share. Each keeps its rows in PostgreSQL,
 * claims a batch with {@code FOR UPDATE SKIP LOCKED} and a lease (so instances share the work and a
 * dead instance's rows come back when the lease ends), and polls with {@link Poller}. Here:
 * draining batch after batch, and what a failed try becomes.
 */
public final class Outbox {

  private Outbox() {}

  /**
   * Claims and handles batches of up to {@code batch} rows until one comes back short, so a backlog
   * drains at once instead of a batch per poll. {@code claimAndHandle} answers how many rows it
   * claimed (not how many elements its work emitted: handling a row emits nothing).
   */
  public static Mono<Void> drain(int batch, Supplier<Mono<Long>> claimAndHandle) {
    return Mono.defer(claimAndHandle::get).repeat().takeWhile(claimed -> claimed == batch).then();
  }

  /** {@link #drain(int, Supplier)} for outboxes that handle each claimed row on its own. */
  public static <T> Mono<Void> drain(
      int batch, Supplier<Flux<T>> claim, Function<T, Mono<Void>> handle, int concurrency) {
    return drain(
        batch,
        () -> claim.get().flatMap(row -> handle.apply(row).thenReturn(row), concurrency).count());
  }

  /**
   * A failed try: given up for good after {@code maxAttempts}, else tried again after the back-off.
   */
  public static Mono<Void> failed(
      int attempts,
      int maxAttempts,
      Backoff backoff,
      Supplier<Mono<Void>> giveUp,
      Function<Duration, Mono<Void>> retryAfter) {
    return attempts >= maxAttempts ? giveUp.get() : retryAfter.apply(backoff.after(attempts));
  }
}
