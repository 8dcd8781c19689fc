package fr.sesame.sends;

import fr.sesame.SesameProperties;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.background.Backoff;
import fr.sesame.background.Outbox;
import fr.sesame.background.Poller;
import fr.sesame.letters.Letters;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the letters waiting in the outbox, batch after batch, every {@code POLL}: renders each
 * letter (same credential, so the same codes if it is ever sent again), several at once up to the
 * rendering threads, and hands each to SMTP as soon as it is rendered, over a few connections per
 * batch ({@code sesame.mail.connections}) on a scheduler of its own. Failures are retried with
 * growing waits, and marked failed with the reason after {@code sesame.mail.max-attempts}; SMTP
 * being down never stops the application. An address the server refuses for good (5xx) is not tried
 * again: its letter goes to the send's print pile. A letter that can no longer be used (revoked
 * while its e-mail waited) is failed, and never sent.
 */
@Component
class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

  static {
    // Jakarta Mail looks its stream provider up for every message written; unnamed, each lookup
    // searches the whole classpath. Named, it is the provider that search finds here (Angus Mail).
    if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
      System.setProperty(
          "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));
  // Enough to spread a connection over many messages, few against the lease.
  private static final int BATCH = 32;
  private static final int BATCHES_AT_ONCE = 2;
  private static final Actor SYSTEM = new Actor("system", null);
  // Deliveries are written a few together, one commit for them all; two such writes at once.
  private static final int RECORDED_TOGETHER = 16;
  private static final int RECORDING = 2;
  private static final String UNUSABLE = "The letter can no longer be used.";

  private final OutboxRepository outbox;
  private final SendLetters letters;
  private final Letters renderer;
  private final JavaMailSender mail; // null when no SMTP server is configured
  private final SesameProperties.Mail settings;
  private final Clock clock;
  private final AuditLog audit;
  private final int rendering;
  private final Scheduler smtp;
  private final Sinks.Many<Boolean> nudges = Sinks.many().multicast().directBestEffort();
  private Disposable polling;

  MailOutbox(
      OutboxRepository outbox,
      SendLetters letters,
      Letters renderer,
      ObjectProvider<JavaMailSender> mail,
      SesameProperties properties,
      Clock clock,
      AuditLog audit) {
    this.outbox = outbox;
    this.letters = letters;
    this.renderer = renderer;
    this.rendering = renderer.renderingThreads();
    this.mail = mail.getIfAvailable();
    this.settings = properties.mail();
    this.smtp = Schedulers.newBoundedElastic(Math.max(1, settings.connections()), 1_000, "smtp");
    this.clock = clock;
    this.audit = audit;
  }

  /** Whether e-mail can be sent at all: an SMTP server is configured ({@code SPRING_MAIL_HOST}). */
  boolean configured() {
    return mail != null;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (mail == null) {
      return; // no e-mail send can be created either: see SendPlanner
    }
    polling = Poller.every(POLL, nudges.asFlux(), this::drain, log, "The e-mail outbox");
  }

  /**
   * New e-mails wait in the outbox: sends them now rather than at the next poll, so the first
   * leaves at once. A nudge lost to a concurrent one changes nothing: the poll comes anyway.
   */
  void wake() {
    nudges.tryEmitNext(Boolean.TRUE);
  }

  /**
   * Sends all that can be claimed now, then waits for the next poll: two batches under way at once,
   * so that the rendering threads work on one while the other's last e-mails travel and are
   * recorded and the next is claimed. Both share the SMTP connections.
   */
  Mono<Void> drain() {
    int connections = Math.max(1, settings.connections());
    return Flux.usingWhen(
            Mono.fromSupplier(() -> new SmtpConnections(mail, connections)),
            pool ->
                Flux.range(0, BATCHES_AT_ONCE)
                    .flatMap(drainer -> Outbox.drain(BATCH, () -> sendBatch(pool))),
            pool -> Mono.fromRunnable(pool::close).subscribeOn(smtp))
        .then();
  }

  /**
   * One batch: claimed, rendered, sent and recorded; answers how many rows were claimed, or none
   * once the SMTP server could not be reached: that ends the round, so the rest of a backlog is not
   * rendered only to fail and spend a try; the next poll connects afresh.
   */
  private Mono<Long> sendBatch(SmtpConnections connections) {
    OffsetDateTime now = now();
    OffsetDateTime leaseUntil = now.plus(settings.lease());
    return outbox
        .claim(now, leaseUntil, BATCH)
        .collectList()
        .flatMap(
            items ->
                items.isEmpty()
                    ? Mono.just(0L)
                    : deliver(items, leaseUntil, connections)
                        .then(
                            Mono.fromSupplier(
                                () -> connections.reachable() ? (long) items.size() : 0L)));
  }

  /** What became of one claimed e-mail: to send, sent, unusable or failed (with the error). */
  private record Attempt(
      OutboxRepository.Item item, LetterMail.Content content, boolean sent, Throwable error) {}

  private Mono<Void> deliver(
      List<OutboxRepository.Item> items, OffsetDateTime leaseUntil, SmtpConnections connections) {
    Map<UUID, List<OutboxRepository.Item>> bySend = new LinkedHashMap<>();
    for (OutboxRepository.Item item : items) {
      bySend.computeIfAbsent(item.sendId(), send -> new ArrayList<>()).add(item);
    }
    Flux<Attempt> rendered =
        Flux.fromIterable(bySend.entrySet())
            .concatMap(send -> renderSend(send.getKey(), send.getValue()));
    return rendered
        .flatMap(
            attempt -> transmit(connections, attempt, leaseUntil),
            Math.max(1, settings.connections()))
        .bufferTimeout(RECORDED_TOGETHER, Duration.ofMillis(250))
        .flatMap(this::recordAll, RECORDING)
        .then();
  }

  /** Deliveries of one send in one transaction; any other outcome on its own. */
  private Mono<Void> recordAll(List<Attempt> attempts) {
    Map<UUID, List<OutboxRepository.Item>> sent = new LinkedHashMap<>();
    List<Attempt> others = new ArrayList<>();
    for (Attempt attempt : attempts) {
      if (attempt.sent()) {
        sent.computeIfAbsent(attempt.item().sendId(), send -> new ArrayList<>())
            .add(attempt.item());
      } else {
        others.add(attempt);
      }
    }
    return Flux.fromIterable(sent.entrySet())
        .concatMap(send -> outbox.deliveredAll(send.getKey(), send.getValue(), now()))
        .thenMany(Flux.fromIterable(others).concatMap(this::record))
        .then();
  }

  /**
   * What the send's letters share (template, identity, logo) and its recipients in the batch
   * (accounts, children, live credentials) are read once for them all, then the letters render
   * several at once; a send gone makes its letters unusable, a failed read fails them for a retry.
   */
  private Flux<Attempt> renderSend(UUID sendId, List<OutboxRepository.Item> items) {
    List<Letters.Addressee> addressees = items.stream().map(MailOutbox::addressee).toList();
    return letters
        .merge(sendId)
        .flatMap(
            shared ->
                renderer
                    .singles(shared, addressees)
                    .map(singles -> new Prepared(shared, singles, null)))
        .defaultIfEmpty(new Prepared(null, Map.of(), null))
        .onErrorResume(error -> Mono.just(new Prepared(null, Map.of(), error)))
        .flatMapMany(
            prepared ->
                Flux.fromIterable(items).flatMap(item -> render(item, prepared), rendering));
  }

  /** A send's letters ready to render, or why none can be. */
  private record Prepared(
      Letters.Merge shared,
      Map<Letters.Addressee, Mono<Letters.Letter>> singles,
      Throwable error) {}

  private static Letters.Addressee addressee(OutboxRepository.Item item) {
    return new Letters.Addressee(item.accountId(), item.credentialId());
  }

  private Mono<Attempt> render(OutboxRepository.Item item, Prepared prepared) {
    if (prepared.error() != null) {
      return Mono.just(new Attempt(item, null, false, prepared.error()));
    }
    Mono<Letters.Letter> single = prepared.singles().get(addressee(item));
    if (single == null) {
      return Mono.just(new Attempt(item, null, false, null));
    }
    Letters.Merge shared = prepared.shared();
    return single
        .map(
            letter ->
                new LetterMail.Content(
                    letter.account().email(),
                    letter.account().displayName(),
                    shared.identity().name(),
                    shared.template().language(),
                    letter.credential().expiresAt(),
                    letter.pdf()))
        .map(content -> new Attempt(item, content, false, null))
        .defaultIfEmpty(new Attempt(item, null, false, null))
        .onErrorResume(error -> Mono.just(new Attempt(item, null, false, error)));
  }

  /**
   * Sends a rendered letter on a free connection of the batch; passes the others on as they are.
   * Once the lease has run out, another instance may have claimed the row: the letter is left to it
   * (or to the next claim), neither sent nor recorded here.
   */
  private Mono<Attempt> transmit(
      SmtpConnections connections, Attempt attempt, OffsetDateTime leaseUntil) {
    if (attempt.content() == null) {
      return Mono.just(attempt);
    }
    if (now().isAfter(leaseUntil)) {
      return Mono.empty();
    }
    return Mono.fromCallable(
            () -> {
              connections.send(LetterMail.build(mail, settings.from(), attempt.content()));
              return new Attempt(attempt.item(), null, true, null);
            })
        .subscribeOn(smtp)
        .onErrorResume(error -> Mono.just(new Attempt(attempt.item(), null, false, error)));
  }

  private Mono<Void> record(Attempt attempt) {
    OutboxRepository.Item item = attempt.item();
    if (attempt.error() == null) {
      return outbox.failed(item, UNUSABLE);
    }
    Throwable error = attempt.error();
    String refusal = SmtpRefusal.of(error);
    if (refusal != null) {
      log.info("E-mail to account {} refused, to print: {}", item.accountId(), refusal);
      return outbox
          .refused(item, refusal)
          .flatMap(
              refused ->
                  refused
                      ? audit.record(
                          SYSTEM,
                          "EMAIL_REFUSED",
                          "SEND",
                          item.sendId(),
                          Map.of("accountId", item.accountId(), "answer", refusal))
                      : Mono.empty());
    }
    String reason = error.getMessage() == null ? error.toString() : error.getMessage();
    return Outbox.failed(
        item.attempts(),
        settings.maxAttempts(),
        BACKOFF,
        () -> {
          log.warn("E-mail to account {} failed for good: {}", item.accountId(), reason);
          return outbox.failed(item, reason);
        },
        wait -> {
          log.info("E-mail to account {} failed, will retry: {}", item.accountId(), reason);
          return outbox.retry(item, now().plus(wait), reason);
        });
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.dispose();
    }
    smtp.dispose();
  }
}
