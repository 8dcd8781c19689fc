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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the letters waiting in the outbox, a few at a time, every {@code POLL}: renders each letter
 * (same credential, so the same codes if it is ever sent again), then hands it to SMTP on a
 * scheduler of its own. Failures are retried with growing waits, and marked failed with the reason
 * after {@code sesame.mail.max-attempts}; SMTP being down never stops the application. An address
 * the server refuses for good (5xx) is not tried again: its letter goes to the send's print pile.
 */
@Component
class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(10));
  private static final int BATCH = 20;
  private static final Actor SYSTEM = new Actor("system", null);
  // Rendering is bounded by the cores; SMTP round trips overlap.
  private static final int CONCURRENCY = 4;

  private final OutboxRepository outbox;
  private final SendLetters letters;
  private final JavaMailSender mail; // null when no SMTP server is configured
  private final SesameProperties.Mail settings;
  private final Clock clock;
  private final AuditLog audit;
  private final Scheduler smtp = Schedulers.newBoundedElastic(4, 1_000, "smtp");
  private Disposable polling;

  MailOutbox(
      OutboxRepository outbox,
      SendLetters letters,
      ObjectProvider<JavaMailSender> mail,
      SesameProperties properties,
      Clock clock,
      AuditLog audit) {
    this.outbox = outbox;
    this.letters = letters;
    this.mail = mail.getIfAvailable();
    this.settings = properties.mail();
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
    polling = Poller.every(POLL, this::drain, log, "The e-mail outbox");
  }

  /** Sends all that can be claimed now, batch after batch, then waits for the next poll. */
  Mono<Void> drain() {
    return Outbox.drain(BATCH, this::sendBatch);
  }

  private Flux<Void> sendBatch() {
    OffsetDateTime now = now();
    // Template, identity and logo are read once per send in the batch, not once per e-mail.
    Map<UUID, Mono<Letters.Merge>> merges = new ConcurrentHashMap<>();
    return outbox
        .claim(now, now.plus(settings.lease()), BATCH)
        .flatMap(item -> deliver(item, merges), CONCURRENCY);
  }

  private Mono<Letters.Merge> merge(UUID sendId) {
    return letters.merge(sendId).cache();
  }

  private Mono<Void> deliver(OutboxRepository.Item item, Map<UUID, Mono<Letters.Merge>> merges) {
    Mono<Letters.Merge> merge = merges.computeIfAbsent(item.sendId(), this::merge);
    return merge
        .flatMap(
            shared ->
                letters
                    .single(shared, item.accountId(), item.credentialId())
                    .map(
                        letter ->
                            new LetterMail.Content(
                                letter.account().email(),
                                letter.account().displayName(),
                                shared.identity().name(),
                                shared.template().language(),
                                letter.credential().expiresAt(),
                                letter.pdf())))
        .switchIfEmpty(
            Mono.defer(
                () -> outbox.failed(item, "The letter can no longer be used.").then(Mono.empty())))
        .flatMap(
            content ->
                Mono.fromRunnable(
                        () -> {
                          try {
                            mail.send(LetterMail.build(mail, settings.from(), content));
                          } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e.getMessage(), e);
                          }
                        })
                    .subscribeOn(smtp))
        .then(Mono.defer(() -> outbox.delivered(item, now())))
        .onErrorResume(
            error -> {
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
                    log.info(
                        "E-mail to account {} failed, will retry: {}", item.accountId(), reason);
                    return outbox.retry(item, now().plus(wait), reason);
                  });
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
