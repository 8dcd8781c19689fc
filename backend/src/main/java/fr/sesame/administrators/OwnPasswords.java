package fr.sesame.administrators;

import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.security.AdminSessions;
import fr.sesame.security.SecureTokens;
import fr.sesame.security.SignInThrottle;
import fr.sesame.security.UserPrincipal;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * An administrator's own password: changed with the current one (or through a one-time link).
 * Whoever else knew the old password is signed out; the session in use stays.
 */
@Service
class OwnPasswords {

  private final AdministratorRepository repository;
  private final AdministratorPasswords passwords;
  private final AdminSessions sessions;
  private final SignInThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionalOperator transaction;

  OwnPasswords(
      AdministratorRepository repository,
      AdministratorPasswords passwords,
      AdminSessions sessions,
      SignInThrottle throttle,
      AuditLog audit,
      Clock clock,
      TransactionalOperator transaction) {
    this.repository = repository;
    this.passwords = passwords;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
    this.transaction = transaction;
  }

  Mono<Void> change(
      UserPrincipal principal, String current, String chosen, ServerWebExchange exchange) {
    // Guessing the current password from an open session meets the same back-off as sign-in,
    // counted apart: mistakes made in a session do not lock the person out of signing in.
    String key = SignInThrottle.keyOf("own-password:" + principal.username());
    return throttle
        .admit(key)
        .then(repository.find(principal.id()))
        .flatMap(
            person ->
                repository
                    .passwordHash(person.id())
                    .flatMap(hash -> passwords.matches(current, hash))
                    .defaultIfEmpty(false)
                    .flatMap(
                        matches ->
                            matches
                                ? throttle.reset(key)
                                : Mono.error(
                                    new ProblemException(
                                        ProblemType.SIGN_IN_FAILED,
                                        Message.of("password.currentWrong"))))
                    .then(
                        passwords.checkedHash(
                            chosen, person.username(), person.displayName(), person.email()))
                    .flatMap(
                        hash ->
                            repository
                                .setPassword(person.id(), hash)
                                .then(sessions.endOthers(person.id(), exchange))
                                .then(
                                    audit.record(
                                        Actor.of(
                                            person.username(),
                                            person.displayName(),
                                            exchange.getRequest()),
                                        "ADMINISTRATOR_PASSWORD_CHANGED",
                                        "ADMINISTRATOR",
                                        person.id(),
                                        Map.of()))
                                .as(transaction::transactional)));
  }

  /** What the set-password page shows before the password is chosen. */
  Mono<AdministratorRepository.LinkHolder> holder(String token) {
    return repository
        .linkHolder(SecureTokens.sha256(token), clock.instant().atOffset(ZoneOffset.UTC))
        .switchIfEmpty(Mono.error(PasswordLinkController.invalid()));
  }

  /** Sets the password through a link: used once, even by two parallel requests. */
  Mono<Void> setThroughLink(String token, String chosen, ServerWebExchange exchange) {
    String tokenHash = SecureTokens.sha256(token);
    return holder(token)
        .flatMap(
            person ->
                passwords
                    .checkedHash(chosen, person.username(), person.displayName(), person.email())
                    .flatMap(
                        hash ->
                            repository
                                .useLink(tokenHash, clock.instant().atOffset(ZoneOffset.UTC))
                                .flatMap(
                                    used ->
                                        used
                                            ? repository.setPassword(person.id(), hash)
                                            : Mono.error(PasswordLinkController.invalid()))
                                // A link also serves a forgotten password: old sessions end.
                                .then(sessions.endAll(person.id()))
                                .then(
                                    audit.record(
                                        Actor.of(
                                            person.username(),
                                            person.displayName(),
                                            exchange.getRequest()),
                                        "ADMINISTRATOR_PASSWORD_SET",
                                        "ADMINISTRATOR",
                                        person.id(),
                                        Map.of()))
                                .as(transaction::transactional)));
  }
}
