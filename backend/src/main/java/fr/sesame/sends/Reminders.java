package fr.sesame.sends;

import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Reminders: the same letters e-mailed again (same credentials, so the same QR code and code;
 * nothing is re-issued) to those of a send who have not used theirs yet. Those without a usable
 * address are in the reminder's print pile; expired letters are left to a re-issue.
 */
@Service
class Reminders {

  private final SendRepository sends;
  private final ReminderRepository reminders;
  private final AuditLog audit;
  private final SendCompletion completion;
  private final TransactionalOperator transaction;
  private final Clock clock;
  private final boolean mailConfigured;

  Reminders(
      SendRepository sends,
      ReminderRepository reminders,
      AuditLog audit,
      SendCompletion completion,
      TransactionalOperator transaction,
      Clock clock,
      ObjectProvider<JavaMailSender> mail) {
    this.sends = sends;
    this.reminders = reminders;
    this.audit = audit;
    this.completion = completion;
    this.transaction = transaction;
    this.clock = clock;
    this.mailConfigured = mail.getIfAvailable() != null;
  }

  /** The dry run: how many each way, and what blocks. */
  Mono<ReminderPlan> plan(UUID sendId) {
    return reminded(sendId).flatMap(send -> plan(send, now()).map(Found::plan));
  }

  /** E-mails the letters again now; {@code 409} (with the problems) when something blocks. */
  Mono<Send> create(UUID sendId, Actor actor) {
    return reminded(sendId)
        .flatMap(
            send ->
                reminders
                    .lock(sendId)
                    .then(plan(send, now()))
                    .flatMap(
                        found ->
                            found.plan().problems().isEmpty()
                                ? store(send, found, actor, false)
                                : Mono.error(
                                    new ProblemException(
                                            ProblemType.CONFLICT,
                                            found.plan().problems().get(0).message())
                                        .with("problems", found.plan().problems())))
                    .as(transaction::transactional));
  }

  /**
   * The send's automatic reminder, once: marked made in the same transaction that makes it, so a
   * second instance or a restart never makes it again. Empty when there was nobody to remind.
   */
  Mono<Send> automatic(UUID sendId) {
    Actor system = new Actor("system", null);
    OffsetDateTime now = now();
    return reminders
        .markReminded(sendId, now)
        .filter(first -> first)
        .flatMap(first -> sends.find(sendId))
        .flatMap(
            send ->
                plan(send, now)
                    .flatMap(
                        found ->
                            found.plan().problems().isEmpty()
                                ? store(send, found, system, true)
                                : audit
                                    .record(
                                        system,
                                        "REMINDER_SKIPPED",
                                        "SEND",
                                        sendId,
                                        Map.of("reason", found.plan().problems().get(0).code()))
                                    .then(Mono.empty())))
        .as(transaction::transactional);
  }

  private record Found(ReminderPlan plan, List<ReminderRepository.Candidate> reached) {}

  private Mono<Found> plan(Send send, OffsetDateTime now) {
    return reminders
        .candidates(send.id(), now)
        .collectList()
        .map(
            all -> {
              List<ReminderRepository.Candidate> reached =
                  all.stream()
                      .filter(c -> "EMAIL".equals(c.way()) || "PRINT".equals(c.way()))
                      .toList();
              int byEmail = (int) all.stream().filter(c -> "EMAIL".equals(c.way())).count();
              List<UUID> expired =
                  all.stream()
                      .filter(c -> "EXPIRED".equals(c.way()))
                      .map(ReminderRepository.Candidate::accountId)
                      .toList();
              List<DryRun.Notice> problems = new ArrayList<>();
              if (send.reminderOf() != null) {
                problems.add(
                    new DryRun.Notice(
                        "REMINDER_OF_REMINDER",
                        "This send is a reminder: remind the send it reminds instead."));
              }
              if (send.state() == SendState.PENDING || send.state() == SendState.RUNNING) {
                problems.add(
                    new DryRun.Notice(
                        "SEND_RUNNING", "This send is still running: remind it once it is done."));
              }
              if (byEmail > 0 && !mailConfigured) {
                problems.add(
                    new DryRun.Notice(
                        "MAIL_NOT_CONFIGURED",
                        "No SMTP server is configured (SPRING_MAIL_HOST): nobody can be reminded"
                            + " by e-mail."));
              }
              if (reached.isEmpty()) {
                problems.add(
                    new DryRun.Notice(
                        "NOBODY", "Every letter of this send is used, expired or revoked."));
              }
              return new Found(
                  new ReminderPlan(
                      byEmail,
                      reached.size() - byEmail,
                      expired.size(),
                      all.size() - reached.size() - expired.size(),
                      expired,
                      problems),
                  reached);
            });
  }

  private Mono<Send> store(Send send, Found found, Actor actor, boolean automatic) {
    OffsetDateTime now = now();
    List<ReminderRepository.Candidate> reached = found.reached();
    return reminders
        .insert(send, found.plan().byEmail(), found.plan().toPrint(), now, actor.name())
        .flatMap(
            id ->
                sends
                    .insertRecipients(
                        id,
                        reached.stream().map(ReminderRepository.Candidate::accountId).toList(),
                        reached.stream().map(ReminderRepository.Candidate::credentialId).toList(),
                        reached.stream()
                            .map(c -> "EMAIL".equals(c.way()) ? SendOutput.EMAIL : SendOutput.PDF)
                            .toList(),
                        now)
                    .then(
                        audit.record(
                            actor,
                            "REMINDER_CREATED",
                            "SEND",
                            id,
                            Map.of(
                                "reminderOf", send.id(),
                                "automatic", automatic,
                                "byEmail", found.plan().byEmail(),
                                "toPrint", found.plan().toPrint(),
                                "expired", found.plan().expired())))
                    .then(sends.find(id)))
        .flatMap(
            reminder ->
                reminder.state() == SendState.DONE
                    ? completion.publish(reminder).thenReturn(reminder)
                    : Mono.just(reminder));
  }

  private Mono<Send> reminded(UUID sendId) {
    return sends
        .find(sendId)
        .switchIfEmpty(
            Mono.error(new ProblemException(ProblemType.NOT_FOUND, Message.of("send.notFound"))));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
