package fr.sesame.background;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The loop the outboxes share: a step every so often, one at a time, surviving its failures. */
public final class Poller {

  private Poller() {}

  /**
   * Runs {@code step} every {@code period}; a tick that comes while a step still runs is dropped,
   * and a failed step is logged, the next tick trying again. Dispose the result to stop.
   */
  public static Disposable every(
      Duration period, Supplier<Mono<Void>> step, Logger log, String what) {
    return every(period, Flux.never(), step, log, what);
  }

  /**
   * As {@link #every(Duration, Supplier, Logger, String)}, and also as soon as {@code nudges} says
   * there is work: one nudge that comes while a step runs makes one more step after it.
   */
  public static Disposable every(
      Duration period, Flux<?> nudges, Supplier<Mono<Void>> step, Logger log, String what) {
    return Flux.merge(Flux.interval(period), nudges)
        .onBackpressureDrop()
        .concatMap(
            tick ->
                step.get()
                    .onErrorResume(
                        error -> {
                          log.warn("{} could not run: {}", what, error.toString());
                          return Mono.empty();
                        }),
            1)
        .subscribe();
  }
}
