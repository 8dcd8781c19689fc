package fr.sesame.activation;

import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import fr.sesame.webhooks.WebhookEvents;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Checks a letter's code. Unknown, expired, revoked, used and locked letters get one answer, after
 * the same database read and comparison as a live one, so neither the answer nor its timing tells
 * them apart. On the QR path (token + 6 digits), a wrong code on a live letter says how many tries
 * are left; the fifth locks it. Each try is counted before the comparison, so a burst of parallel
 * guesses gets five tries, not more. The typed path (login + activation code) counts no try and
 * answers every failure alike: only the client address's throttle holds a guesser back.
 */
@Component
class ActivationAuthenticationManager implements ReactiveAuthenticationManager {

  /** Looked up when the link or login is unknown, so that case costs the same read. */
  private static final UUID NO_CREDENTIAL = new UUID(0, 0);

  private final ActivationRepository repository;
  private final CredentialSecrets secrets;
  private final WebhookEvents events;
  private final TransactionalOperator transaction;
  private final Clock clock;

  ActivationAuthenticationManager(
      ActivationRepository repository,
      CredentialSecrets secrets,
      WebhookEvents events,
      TransactionalOperator transaction,
      Clock clock) {
    this.repository = repository;
    this.secrets = secrets;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public Mono<Authentication> authenticate(Authentication authentication) {
    ActivationAttempt attempt = (ActivationAttempt) authentication;
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    UUID id = attempt.credentialId() == null ? NO_CREDENTIAL : attempt.credentialId();
    String given = String.valueOf(attempt.getCredentials());
    return repository
        .findLetter(id, now)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            found -> {
              ActivationRepository.Letter letter = found.filter(l -> l.usable()).orElse(null);
              String expected = expectedCode(id, attempt.typed());
              boolean matches =
                  CredentialSecrets.same(
                          expected, ActivationCodes.normalise(given, attempt.typed()))
                      && letter != null;
              if (letter == null) {
                return Mono.error(attempt.typed() ? typedRefused() : invalid());
              }
              if (attempt.typed()) {
                // Never counted: ~59 bits make guessing hopeless, and a count would let anyone
                // who knows a login lock its owner out, or learn that it has a live letter.
                return matches ? verified(letter, now, false) : Mono.error(typedRefused());
              }
              return repository
                  .reserveTry(letter.credentialId(), now)
                  .switchIfEmpty(Mono.error(ActivationAuthenticationManager::invalid))
                  .flatMap(
                      tries ->
                          matches
                              ? verified(letter, now, true)
                              : wrongCode(letter, now).then(Mono.error(wrongCode(tries))));
            });
  }

  private Mono<Authentication> verified(
      ActivationRepository.Letter letter, OffsetDateTime now, boolean tryCounted) {
    return repository
        .markVerified(letter.credentialId(), now, tryCounted)
        .flatMap(
            done ->
                done
                    ? Mono.just(
                        ActivationAttempt.verified(
                            new ActivationPrincipal(
                                letter.credentialId(), letter.accountId(), letter.login())))
                    : Mono.error(invalid()));
  }

  /**
   * Counts the wrong code; the try that locks the letter tells the webhooks, in one transaction.
   */
  private Mono<Void> wrongCode(ActivationRepository.Letter letter, OffsetDateTime now) {
    return repository
        .wrongCode(letter.credentialId(), now)
        .flatMap(
            locked ->
                locked
                    ? events.publish(
                        WebhookEvents.LETTER_LOCKED,
                        Map.of(
                            "accountId", letter.accountId(),
                            "credentialId", letter.credentialId()))
                    : Mono.<Void>empty())
        .as(transaction::transactional);
  }

  /**
   * Every letter prints its login and activation code; a QR letter also carries the link, which
   * goes with the 6-digit security code.
   */
  private String expectedCode(UUID credentialId, boolean typed) {
    return typed ? secrets.activationCode(credentialId) : secrets.securityCode(credentialId);
  }

  static ProblemException invalid() {
    return new ProblemException(
        ProblemType.ACTIVATION_LINK_INVALID, Message.of("activation.letterUnusable"));
  }

  /**
   * The typed path's one answer for an unknown login, a wrong code and a dead letter alike: it
   * tells a stranger nothing about the login.
   */
  static ProblemException typedRefused() {
    return new ProblemException(
        ProblemType.ACTIVATION_LINK_INVALID, Message.of("activation.typedRefused"));
  }

  private static ProblemException wrongCode(int wrongSoFar) {
    int remaining = Math.max(0, ActivationRepository.MAX_WRONG_CODES - wrongSoFar);
    return new ProblemException(
            ProblemType.ACTIVATION_CODE_WRONG,
            remaining == 0
                ? Message.of("activation.codeWrongLocked")
                : Message.of("activation.codeWrong", remaining))
        .with("remainingAttempts", remaining);
  }
}
