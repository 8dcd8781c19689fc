package fr.sesame.sends;

import fr.sesame.background.Poller;
import fr.sesame.credentials.CredentialService;
import fr.sesame.printing.IppPrinter;
import fr.sesame.printing.JobStatus;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Takes {@code PRINT} sends to the configured printer: streams each send's letters as one IPP job,
 * then asks the printer about the job until it ends. The state lives in the send's row under a
 * lease, so a restarted (or another) instance carries on where one stopped.
 */
@Component
class PrintQueue {

  private static final Logger log = LoggerFactory.getLogger(PrintQueue.class);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration RECHECK = Duration.ofSeconds(2);
  // Long enough to stream thousands of letters; if the instance dies, another resubmits after it.
  private static final Duration SUBMIT_LEASE = Duration.ofMinutes(30);
  private static final int BATCH = 4;

  private final PrintJobRepository jobs;
  private final SendLetters letters;
  private final SendRepository sends;
  private final CredentialService credentials;
  private final IppPrinter printer;
  private final SendCompletion completion;
  private final TransactionalOperator transaction;
  private final Clock clock;
  private Disposable polling;

  PrintQueue(
      PrintJobRepository jobs,
      SendLetters letters,
      SendRepository sends,
      CredentialService credentials,
      IppPrinter printer,
      SendCompletion completion,
      TransactionalOperator transaction,
      Clock clock) {
    this.jobs = jobs;
    this.letters = letters;
    this.sends = sends;
    this.credentials = credentials;
    this.printer = printer;
    this.completion = completion;
    this.transaction = transaction;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!printer.configured()) {
      return; // PRINT sends are then printed from the browser
    }
    polling = Poller.every(POLL, this::step, log, "The print queue");
  }

  /** Submits or checks every print send that is due. */
  Mono<Void> step() {
    OffsetDateTime now = now();
    return jobs.claim(now, now.plus(SUBMIT_LEASE), BATCH)
        .concatMap(job -> job.jobId() == null ? submit(job) : check(job))
        .then();
  }

  private Mono<Void> submit(PrintJobRepository.Claimed job) {
    return letters
        .document(job.sendId())
        .flatMap(pdf -> printer.print("Sesame letters " + job.sendId(), pdf))
        .flatMap(
            jobId ->
                jobs.submitted(job.sendId(), jobId, now().plus(RECHECK))
                    .flatMap(
                        running ->
                            running ? Mono.<Void>empty() : cancelAtPrinter(job.sendId(), jobId)))
        .onErrorResume(
            error -> {
              log.warn("Send {} could not be printed: {}", job.sendId(), error.getMessage());
              return jobs.ended(job.sendId(), "UNREACHABLE", error.getMessage(), false).then();
            });
  }

  /** After a send is cancelled: its job, if it reached the printer and has not ended, is too. */
  Mono<Send> cancelled(Send send) {
    PrintJob job = send.printJob();
    if (job == null
        || job.jobId() == null
        || List.of("COMPLETED", "CANCELED", "ABORTED").contains(job.state())) {
      return Mono.just(send);
    }
    return cancelAtPrinter(send.id(), job.jobId()).then(sends.find(send.id()));
  }

  /**
   * The send was cancelled: so is its job, if the printer still can; what it answered is kept on
   * the send either way.
   */
  Mono<Void> cancelAtPrinter(UUID sendId, int jobId) {
    return printer
        .cancel(jobId)
        .then(jobs.cancelled(sendId, jobId, "CANCELED", null))
        .onErrorResume(
            error ->
                printer
                    .job(jobId)
                    .flatMap(
                        status -> jobs.cancelled(sendId, jobId, status.state(), error.getMessage()))
                    .onErrorResume(
                        unreachable ->
                            jobs.cancelled(sendId, jobId, "UNREACHABLE", error.getMessage())));
  }

  private Mono<Void> check(PrintJobRepository.Claimed job) {
    return printer
        .job(job.jobId())
        .flatMap(status -> status.ended() ? end(job, status) : progressed(job, status))
        .onErrorResume(
            // The printer may be back later: the job is still there, keep asking.
            error ->
                jobs.progressed(
                    job.sendId(), "UNREACHABLE", error.getMessage(), now().plus(RECHECK)));
  }

  private Mono<Void> progressed(PrintJobRepository.Claimed job, JobStatus status) {
    return jobs.progressed(job.sendId(), status.state(), status.message(), now().plus(RECHECK));
  }

  private Mono<Void> end(PrintJobRepository.Claimed job, JobStatus status) {
    boolean printed = "COMPLETED".equals(status.state());
    // DONE and send.completed in one transaction; the letters are marked delivered after.
    return jobs.ended(job.sendId(), status.state(), status.message(), printed)
        .flatMap(
            ended ->
                ended && printed
                    ? sends.find(job.sendId()).flatMap(completion::publish).thenReturn(true)
                    : Mono.just(false))
        .as(transaction::transactional)
        .flatMap(
            completed ->
                completed ? credentials.markDelivered(job.sendId()).then() : Mono.<Void>empty());
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.dispose();
    }
  }
}
