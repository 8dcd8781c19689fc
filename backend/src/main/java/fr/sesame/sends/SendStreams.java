package fr.sesame.sends;

import fr.sesame.web.Caller;
import fr.sesame.web.CallerCheck;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The progress streams of sends. One database poll a second per send, shared by all its streams and
 * stopped when the last one leaves; at most {@value #PER_CALLER} streams per caller; and a stream
 * ends once its caller's session has ended or its key was revoked, checked at every tick.
 */
@Component
class SendStreams {

  static final int PER_CALLER = 4;
  static final Duration EVERY = Duration.ofSeconds(1);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  private final SendRepository sends;
  private final List<CallerCheck> checks;
  private final Map<UUID, Flux<Send>> polls = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();
  // Each poll's database read, counted: how tests see that streams share them.
  private final AtomicLong reads = new AtomicLong();

  SendStreams(SendRepository sends, List<CallerCheck> checks) {
    this.sends = sends;
    this.checks = checks;
  }

  /** The send's changes for this caller, or a {@code 429} when they already hold enough streams. */
  Flux<Send> follow(UUID id, Caller caller, ServerWebExchange exchange) {
    return Flux.defer(
        () -> {
          AtomicInteger count =
              streams.computeIfAbsent(caller.callerId(), key -> new AtomicInteger());
          if (count.incrementAndGet() > PER_CALLER) {
            release(caller.callerId(), count);
            return Flux.error(
                ProblemException.tooManyAttempts(
                    RETRY_AFTER, Message.of("send.tooManyStreams", PER_CALLER)));
          }
          return poll(id)
              .takeUntilOther(ended(exchange))
              .doFinally(signal -> release(caller.callerId(), count));
        });
  }

  long reads() {
    return reads.get();
  }

  private void release(String caller, AtomicInteger count) {
    if (count.decrementAndGet() <= 0) {
      streams.remove(caller, count);
    }
  }

  /** The send's shared poll, started by its first stream and stopped after its last. */
  private Flux<Send> poll(UUID id) {
    return polls.computeIfAbsent(
        id,
        key -> {
          @SuppressWarnings("unchecked")
          Flux<Send>[] shared = new Flux[1];
          shared[0] =
              Flux.interval(Duration.ZERO, EVERY)
                  .onBackpressureDrop()
                  .concatMap(tick -> sends.find(id).doOnSubscribe(s -> reads.incrementAndGet()))
                  .distinctUntilChanged()
                  .takeUntil(
                      send ->
                          send.state() != SendState.PENDING && send.state() != SendState.RUNNING)
                  .doFinally(signal -> polls.remove(id, shared[0]))
                  // A stream that joins late gets the latest state at once.
                  .replay(1)
                  .refCount();
          return shared[0];
        });
  }

  /** Emits once the request's session has ended or its key was revoked or expired. */
  private Mono<Boolean> ended(ServerWebExchange exchange) {
    return Flux.interval(EVERY, EVERY)
        .onBackpressureDrop()
        .concatMap(tick -> stillValid(exchange))
        .filter(valid -> !valid)
        .next();
  }

  private Mono<Boolean> stillValid(ServerWebExchange exchange) {
    return Flux.fromIterable(checks)
        .concatMap(check -> check.stillValid(exchange))
        .next()
        .defaultIfEmpty(false);
  }
}
