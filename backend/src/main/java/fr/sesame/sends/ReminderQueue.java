package fr.sesame.sends;

import fr.sesame.background.Poller;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Makes the automatic reminders that are due ({@code remindAfterDays} after their send), by the
 * injected clock. The due time lives in the send's row, so a restart loses none; a lease lets one
 * instance make each, and the reminder is marked made in its own transaction, so it goes once.
 */
@Component
class ReminderQueue {

  private static final Logger log = LoggerFactory.getLogger(ReminderQueue.class);
  private static final Duration POLL = Duration.ofSeconds(2);
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final int BATCH = 4;

  private final ReminderRepository reminders;
  private final Reminders making;
  private final Clock clock;
  private Disposable polling;

  ReminderQueue(ReminderRepository reminders, Reminders making, Clock clock) {
    this.reminders = reminders;
    this.making = making;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    polling = Poller.every(POLL, this::step, log, "The reminder queue");
  }

  /** Makes every automatic reminder due now. */
  Mono<Void> step() {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return reminders
        .claimDue(now, now.plus(LEASE), BATCH)
        .concatMap(
            sendId ->
                making
                    .automatic(sendId)
                    .doOnNext(reminder -> log.info("Send {} reminded: {}", sendId, reminder.id()))
                    .onErrorResume(
                        error -> {
                          // The lease ends and the next poll after it tries again.
                          log.warn("Send {} could not be reminded: {}", sendId, error.toString());
                          return Mono.empty();
                        }))
        .then();
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.dispose();
    }
  }
}
