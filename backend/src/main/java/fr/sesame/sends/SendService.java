package fr.sesame.sends;

import fr.sesame.accounts.Account;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialService;
import fr.sesame.printing.IppPrinter;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Dry runs, sends and their letters. */
@Service
class SendService {

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

  private final SendPlanner planner;
  private final SendRepository sends;
  private final CredentialService credentials;
  private final SendLetters letters;
  private final AuditLog audit;
  private final TransactionalOperator transaction;
  private final IppPrinter printer;
  private final SendCompletion completion;
  private final Clock clock;

  SendService(
      SendPlanner planner,
      SendRepository sends,
      CredentialService credentials,
      SendLetters letters,
      AuditLog audit,
      TransactionalOperator transaction,
      IppPrinter printer,
      SendCompletion completion,
      Clock clock) {
    this.planner = planner;
    this.sends = sends;
    this.credentials = credentials;
    this.letters = letters;
    this.audit = audit;
    this.transaction = transaction;
    this.printer = printer;
    this.completion = completion;
    this.clock = clock;
  }

  Mono<DryRun> dryRun(SendRequest request) {
    // The letters would expire as the send's own will: now plus the validity asked for.
    return planner
        .plan(request)
        .map(plan -> plan.dryRun(now().plusDays(request.validityOrDefault())));
  }

  /**
   * Issues a credential to every eligible recipient and records the send, in one transaction. The
   * same {@code Idempotency-Key} again gives the send made the first time.
   */
  Mono<Send> create(SendRequest request, String idempotencyKey, Actor actor) {
    Mono<Send> create =
        planner
            .plan(request)
            .flatMap(
                plan -> {
                  if (!plan.problems().isEmpty()) {
                    return Mono.error(
                        new ProblemException(
                                ProblemType.VALIDATION_FAILED, plan.problems().get(0).message())
                            .with("problems", plan.problems()));
                  }
                  return store(request, plan, idempotencyKey, actor);
                })
            .as(transaction::transactional)
            .onErrorResume(
                DataIntegrityViolationException.class,
                // A parallel request with the same key won the race: its send is the answer.
                race -> existing(idempotencyKey));
    return idempotencyKey == null
        ? create
        : sends.findByIdempotencyKey(idempotencyKey).flatMap(sends::find).switchIfEmpty(create);
  }

  private Mono<Send> existing(String key) {
    return key == null ? Mono.empty() : sends.findByIdempotencyKey(key).flatMap(sends::find);
  }

  private Mono<Send> store(SendRequest request, SendPlan plan, String key, Actor actor) {
    int validity =
        request.validityDays() == null
            ? CredentialService.DEFAULT_VALIDITY_DAYS
            : request.validityDays();
    // Class by class, names in order: the printed pile matches the sign-off sheet.
    List<Account> ordered = plan.eligible().stream().sorted(PileOrder.ACCOUNTS).toList();
    List<UUID> eligible = ordered.stream().map(Account::id).toList();
    // By e-mail, those without an address get their letter in the send's PDF instead.
    List<SendOutput> channels =
        ordered.stream()
            .map(
                account ->
                    request.output() == SendOutput.EMAIL && account.email() == null
                        ? SendOutput.PDF
                        : request.output())
            .toList();
    int mailed = (int) channels.stream().filter(c -> c == SendOutput.EMAIL).count();
    // With a printer, the letters count as done once the printer says the job completed.
    String printerUri =
        request.output() == SendOutput.PRINT && printer.configured()
            ? printer.uri().toString()
            : null;
    int doneNow = printerUri != null ? 0 : eligible.size() - mailed;
    OffsetDateTime now = now();
    SendRepository.NewSend row =
        new SendRepository.NewSend(
            mailed > 0 || printerUri != null ? SendState.RUNNING : SendState.DONE,
            request.output(),
            request.audience(),
            request.templateId(),
            validity,
            plan.selected().size(),
            eligible.size(),
            plan.skipped().size(),
            doneNow,
            eligible.size() - mailed,
            key,
            now,
            actor.name(),
            printerUri,
            request.remindAfterDays());
    return sends
        .insert(row)
        .flatMap(sendId -> issue(sendId, request, plan, eligible, channels, validity, actor, now));
  }

  private Mono<Send> issue(
      UUID sendId,
      SendRequest request,
      SendPlan plan,
      List<UUID> eligible,
      List<SendOutput> channels,
      int validity,
      Actor actor,
      OffsetDateTime now) {
    return credentials
        .issueAll(eligible, sendId, plan.template().variant(), validity, actor)
        .flatMap(
            issued -> {
              Map<UUID, UUID> byAccount =
                  issued.stream().collect(Collectors.toMap(Credential::accountId, Credential::id));
              return sends.insertRecipients(
                  sendId, eligible, eligible.stream().map(byAccount::get).toList(), channels, now);
            })
        .then(
            audit.record(
                actor,
                "SEND_CREATED",
                "SEND",
                sendId,
                Map.of(
                    "output", request.output().name(),
                    "audience", request.audience().name(),
                    "eligible", eligible.size())))
        .then(sends.find(sendId))
        // Nothing to mail or print: the send is done at once, in the creating transaction.
        .flatMap(
            send ->
                send.state() == SendState.DONE
                    ? completion.publish(send).thenReturn(send)
                    : Mono.just(send));
  }

  Mono<Send> get(UUID id) {
    return sends
        .find(id)
        .switchIfEmpty(Mono.error(new ProblemException(ProblemType.NOT_FOUND, "No such send.")));
  }

  Mono<PageResponse<Send>> list(int page, int size) {
    return Mono.zip(sends.count(), sends.list(size, (long) page * size).collectList())
        .map(found -> new PageResponse<>(found.getT2(), found.getT1(), page, size));
  }

  Mono<PageResponse<SendRecipient>> recipients(UUID id, String state, int page, int size) {
    OffsetDateTime now = now();
    return get(id)
        .then(
            Mono.zip(
                sends.countRecipients(id, state, now),
                sends.recipients(id, state, now, size, (long) page * size).collectList()))
        .map(found -> new PageResponse<>(found.getT2(), found.getT1(), page, size));
  }

  /** The send now, then each change while it runs, until it has ended. */
  Flux<Send> progress(UUID id) {
    return get(id)
        .thenMany(
            Flux.interval(Duration.ZERO, PROGRESS_EVERY)
                .onBackpressureDrop()
                .concatMap(tick -> sends.find(id))
                .distinctUntilChanged()
                .takeUntil(
                    send ->
                        send.state() != SendState.PENDING && send.state() != SendState.RUNNING));
  }

  Mono<Send> cancel(UUID id, Actor actor) {
    return get(id)
        .flatMap(
            send ->
                sends
                    .cancel(id)
                    .flatMap(
                        cancelled ->
                            cancelled
                                ? audit
                                    .record(actor, "SEND_CANCELLED", "SEND", id, Map.of())
                                    .then(get(id))
                                : Mono.error(
                                    new ProblemException(
                                        ProblemType.CONFLICT,
                                        "This send is "
                                            + send.state()
                                            + ": it can no longer be"
                                            + " cancelled. Revoke its letters from the accounts."))));
  }

  /**
   * The send's letters that can still be used, as one PDF streamed while it renders; the same
   * credentials, so the same codes, at every download. Audited.
   */
  Mono<Flux<DataBuffer>> document(UUID id, Actor actor) {
    return letters
        .document(id)
        .flatMap(
            pdf ->
                audit
                    .record(actor, "SEND_DOCUMENT_DOWNLOADED", "SEND", id, Map.of())
                    .thenReturn(
                        // Handed over once the whole file has left.
                        pdf.concatWith(credentials.markDelivered(id).then(Mono.empty()))));
  }

  /**
   * Revokes every letter of the send that could still be used (a pile lost, or handed to the wrong
   * class), cancelling the send first if it still runs. Audited.
   */
  Mono<Long> revoke(UUID id, Actor actor) {
    return get(id)
        .flatMap(
            send ->
                send.state() == SendState.PENDING || send.state() == SendState.RUNNING
                    ? sends.cancel(id)
                    : Mono.just(false))
        .then(credentials.revokeSend(id, actor));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
