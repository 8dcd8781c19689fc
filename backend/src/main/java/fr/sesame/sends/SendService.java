package fr.sesame.sends;

import fr.sesame.accounts.Account;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialService;
import fr.sesame.printing.IppPrinter;
import fr.sesame.web.Caller;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Dry runs, sends and their letters. */
@Service
class SendService {

  private final SendPlanner planner;
  private final SendRepository sends;
  private final CredentialService credentials;
  private final SendLetters letters;
  private final AuditLog audit;
  private final TransactionalOperator transaction;
  private final IppPrinter printer;
  private final SendCompletion completion;
  private final Clock clock;
  private final JsonMapper json;
  private final SendStreams streams;
  private final MailOutbox outbox;

  SendService(
      SendPlanner planner,
      SendRepository sends,
      CredentialService credentials,
      SendLetters letters,
      AuditLog audit,
      TransactionalOperator transaction,
      IppPrinter printer,
      SendCompletion completion,
      Clock clock,
      JsonMapper json,
      SendStreams streams,
      MailOutbox outbox) {
    this.planner = planner;
    this.sends = sends;
    this.credentials = credentials;
    this.letters = letters;
    this.audit = audit;
    this.transaction = transaction;
    this.printer = printer;
    this.completion = completion;
    this.clock = clock;
    this.json = json;
    this.streams = streams;
    this.outbox = outbox;
  }

  Mono<DryRun> dryRun(SendRequest request) {
    // The letters would expire as the send's own will: now plus the validity asked for.
    return planner
        .plan(request)
        .map(plan -> plan.dryRun(now().plusDays(request.validityOrDefault())));
  }

  /**
   * Issues a credential to every eligible recipient and records the send, in one transaction. The
   * same {@code Idempotency-Key} again from the same caller, with the same body, gives the send
   * made the first time; with another body it is refused. Keys of other callers never meet.
   */
  Mono<Send> create(SendRequest request, String idempotencyKey, Caller caller, Actor actor) {
    Idempotency key =
        idempotencyKey == null
            ? null
            : new Idempotency(caller.callerId(), idempotencyKey, requestHash(request));
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
                  return store(request, plan, key, actor);
                })
            .as(transaction::transactional)
            .onErrorResume(
                // A parallel request with the same key won the race: its send is the answer.
                // Any other clash with stored data is an error of its own.
                error -> key != null && IdempotencyClash.is(error),
                race -> existing(key).switchIfEmpty(Mono.error(race)))
            .doOnNext(this::wakeOutbox); // once committed: the outbox can claim its e-mails
    return key == null ? create : existing(key).switchIfEmpty(create);
  }

  private void wakeOutbox(Send send) {
    if (send.output() == SendOutput.EMAIL && send.state() == SendState.RUNNING) {
      outbox.wake();
    }
  }

  /** The caller's send under this key, or a refusal when it was made from another body. */
  private Mono<Send> existing(Idempotency key) {
    return sends
        .findByIdempotencyKey(key.caller(), key.key())
        .flatMap(
            found ->
                key.requestHash().equals(found.requestHash())
                    ? sends.find(found.id())
                    : Mono.error(
                        new ProblemException(
                            ProblemType.IDEMPOTENCY_KEY_REUSED,
                            Message.of("send.idempotencyKeyReused"))));
  }

  /** SHA-256 of the request as read: the same fields give the same hash, whatever their order. */
  private String requestHash(SendRequest request) {
    return IdempotencyClash.sha256(json.writeValueAsString(request));
  }

  private record Idempotency(String caller, String key, String requestHash) {}

  private Mono<Send> store(SendRequest request, SendPlan plan, Idempotency key, Actor actor) {
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
            key == null ? null : key.key(),
            key == null ? null : key.caller(),
            key == null ? null : key.requestHash(),
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
        .switchIfEmpty(
            Mono.error(new ProblemException(ProblemType.NOT_FOUND, Message.of("send.notFound"))));
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

  /**
   * The send now, then each change while it runs, until it has ended, or until the caller's session
   * ends or key is revoked.
   */
  Flux<Send> progress(UUID id, Caller caller, ServerWebExchange exchange) {
    return get(id).thenMany(streams.follow(id, caller, exchange));
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
                                        Message.of("send.notCancellable", send.state().name())))))
        // Cancelled and journaled together, or neither.
        .as(transaction::transactional);
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
        .then(credentials.revokeSend(id, actor))
        // Cancelled, revoked and journaled together: a failure leaves the send and its letters
        // as they were.
        .as(transaction::transactional);
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
