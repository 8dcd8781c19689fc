package fr.sesame.activation;

import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.security.PasswordHasher;
import fr.sesame.web.ClientAddress;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import fr.sesame.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Verifies a letter's code, then lets its recipient choose a password, once. */
@Service
class ActivationService {

  private static final Logger log = LoggerFactory.getLogger(ActivationService.class);

  private final ActivationAuthenticationManager authentication;
  private final ActivationRepository repository;
  private final ActivationSessions sessions;
  private final ActivationThrottle throttle;
  private final CredentialSecrets secrets;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final TransactionalOperator transaction;
  private final AuditLog audit;
  private final WebhookEvents events;
  private final Clock clock;

  ActivationService(
      ActivationAuthenticationManager authentication,
      ActivationRepository repository,
      ActivationSessions sessions,
      ActivationThrottle throttle,
      CredentialSecrets secrets,
      PasswordPolicy policy,
      PasswordHasher hasher,
      TransactionalOperator transaction,
      AuditLog audit,
      WebhookEvents events,
      Clock clock) {
    this.authentication = authentication;
    this.repository = repository;
    this.sessions = sessions;
    this.throttle = throttle;
    this.secrets = secrets;
    this.policy = policy;
    this.hasher = hasher;
    this.transaction = transaction;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  Mono<Verified> verify(VerifyRequest request, ServerWebExchange exchange) {
    if ((request.token() == null) == (request.login() == null)) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(
                  new ProblemException.FieldError(
                      "token", Message.of("activation.tokenOrLogin")))));
    }
    String address = address(exchange);
    return throttle
        .admit(address)
        .then(credentialOf(request))
        .flatMap(
            id ->
                authentication.authenticate(
                    ActivationAttempt.of(id.orElse(null), request.login() != null, request.code())))
        .doOnError(
            ProblemException.class,
            // Never the token or the code: only that a failure happened, and from where.
            refused -> {
              if (refused.type() != ProblemType.TOO_MANY_ATTEMPTS) {
                log.info("Activation refused ({}) from {}", refused.type().name(), address);
              }
            })
        .flatMap(verified -> throttle.refund(address).thenReturn(verified))
        .map(verified -> (ActivationPrincipal) verified.getPrincipal())
        .flatMap(principal -> repository.findLetter(principal.credentialId(), now()))
        .filter(ActivationRepository.Letter::usable)
        .switchIfEmpty(Mono.error(ActivationAuthenticationManager::invalid))
        .flatMap(
            letter ->
                sessions
                    .open(exchange, letter)
                    .map(ends -> new Verified(letter.displayName(), letter.login(), ends)));
  }

  /**
   * Uses the letter up and stores the password, in one transaction: of two parallel requests,
   * exactly one succeeds. Then the restricted session ends.
   */
  Mono<Void> choosePassword(
      ActivationPrincipal principal, String password, ServerWebExchange exchange) {
    OffsetDateTime now = now();
    return repository
        .findLetter(principal.credentialId(), now)
        .filter(ActivationRepository.Letter::usable)
        .switchIfEmpty(Mono.error(ActivationAuthenticationManager::invalid))
        .flatMap(
            letter ->
                checked(password, List.of(letter.firstName(), letter.lastName(), letter.login()))
                    .thenReturn(letter))
        .flatMap(
            letter ->
                hasher
                    .hash(password)
                    .flatMap(
                        hash ->
                            repository
                                .consume(letter.credentialId(), now)
                                .flatMap(
                                    consumed ->
                                        consumed
                                            ? repository.personalise(letter.accountId(), hash, now)
                                            : Mono.error(ActivationAuthenticationManager.invalid()))
                                .then(repository.deleteSessions(letter.credentialId(), now))
                                .then(
                                    audit.record(
                                        new Actor(letter.login(), address(exchange)),
                                        "ACCOUNT_ACTIVATED",
                                        "ACCOUNT",
                                        letter.accountId(),
                                        Map.of("credentialId", letter.credentialId().toString())))
                                .then(
                                    events.publish(
                                        WebhookEvents.LETTER_ACTIVATED,
                                        Map.of(
                                            "accountId", letter.accountId(),
                                            "login", letter.login(),
                                            "kind", letter.kind().name(),
                                            "credentialId", letter.credentialId())))
                                .as(transaction::transactional)))
        .doOnSuccess(done -> sessions.forget(exchange));
  }

  /** {@code password-rejected} with the reasons, or empty. Runs off the event loop. */
  Mono<Void> checked(String password, List<String> personalWords) {
    return Mono.fromCallable(() -> policy.check(password, personalWords))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            reasons ->
                reasons.isEmpty()
                    ? Mono.<Void>empty()
                    : Mono.error(
                        new ProblemException(
                                ProblemType.PASSWORD_REJECTED,
                                Message.of("password.rejected", reasons))
                            .with("reasons", reasons)));
  }

  private Mono<Optional<UUID>> credentialOf(VerifyRequest request) {
    if (request.token() != null) {
      String token = request.token().strip();
      OptionalLong prefix = secrets.idPrefixOf(token);
      if (prefix.isEmpty()) {
        return Mono.just(Optional.empty());
      }
      return repository
          .findByIdPrefix(prefix.getAsLong())
          .filter(id -> secrets.genuine(token, id))
          .next()
          .map(Optional::of)
          .defaultIfEmpty(Optional.empty());
    }
    return repository
        .findLiveLetter(request.login().strip(), now())
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  static String address(ServerWebExchange exchange) {
    return ClientAddress.of(exchange);
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
