package fr.sesame.administrators;

import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.security.AdminSessions;
import fr.sesame.security.SecureTokens;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Inviting, disabling and enabling administrators, each step in the journal. */
@Service
class AdministratorService {

  static final Duration LINK_VALIDITY = Duration.ofDays(3);
  static final String LINK_PATH = "/set-password#";

  private final AdministratorRepository repository;
  private final AdministratorPasswords passwords;
  private final AdminSessions sessions;
  private final SecureTokens tokens;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionalOperator transaction;

  AdministratorService(
      AdministratorRepository repository,
      AdministratorPasswords passwords,
      AdminSessions sessions,
      SecureTokens tokens,
      AuditLog audit,
      Clock clock,
      TransactionalOperator transaction) {
    this.repository = repository;
    this.passwords = passwords;
    this.sessions = sessions;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
    this.transaction = transaction;
  }

  Mono<PageResponse<Administrator>> list(int page, int size) {
    return Mono.zip(repository.count(), repository.page(size, (long) page * size).collectList())
        .map(found -> new PageResponse<>(found.getT2(), found.getT1(), page, size));
  }

  Mono<Invitation> invite(AdministratorInput input, Actor actor) {
    String password = input.initialPassword();
    boolean withLink = password == null || password.isEmpty();
    Mono<String> hash =
        withLink
            ? Mono.empty()
            : passwords.checkedHash(password, input.username(), input.displayName(), input.email());
    return repository
        .usernameTaken(input.username())
        .flatMap(
            taken ->
                taken
                    ? Mono.error(
                        new ProblemException(
                            ProblemType.CONFLICT, Message.of("administrator.usernameTaken")))
                    : hash.map(Optional::of).defaultIfEmpty(Optional.empty()))
        .flatMap(
            passwordHash ->
                repository
                    .insert(input, passwordHash.orElse(null), now())
                    .flatMap(
                        created ->
                            (withLink ? newLink(created.id()) : Mono.<PasswordLink>empty())
                                .map(Optional::of)
                                .defaultIfEmpty(Optional.empty())
                                .flatMap(
                                    link ->
                                        audit
                                            .record(
                                                actor,
                                                "ADMINISTRATOR_CREATED",
                                                "ADMINISTRATOR",
                                                created.id(),
                                                describe(created, withLink ? "LINK" : "PASSWORD"))
                                            .thenReturn(
                                                new Invitation(created, link.orElse(null)))))
                    .as(transaction::transactional));
  }

  /** A fresh one-time link (an invitation again, or a forgotten password); older ones stop. */
  Mono<PasswordLink> passwordLink(UUID id, Actor actor) {
    return active(id)
        .flatMap(
            person ->
                newLink(id)
                    .flatMap(
                        link ->
                            audit
                                .record(
                                    actor,
                                    "ADMINISTRATOR_PASSWORD_LINK_CREATED",
                                    "ADMINISTRATOR",
                                    id,
                                    describe(person, null))
                                .thenReturn(link)))
        .as(transaction::transactional);
  }

  /**
   * Disables an administrator and ends their sessions at once. Never oneself (ask another
   * administrator), never the last active one.
   */
  Mono<Administrator> disable(UUID id, UUID self, Actor actor) {
    return found(id)
        .flatMap(
            person ->
                person.status() == Administrator.Status.DISABLED
                    ? Mono.just(person)
                    : repository
                        .lockActive()
                        .collectList()
                        .flatMap(active -> refuseLockout(active, id, self))
                        .then(repository.setStatus(id, Administrator.Status.DISABLED))
                        .flatMap(
                            disabled ->
                                sessions
                                    .endAll(id)
                                    .then(repository.dropUnusedLinks(id))
                                    .then(
                                        audit.record(
                                            actor,
                                            "ADMINISTRATOR_DISABLED",
                                            "ADMINISTRATOR",
                                            id,
                                            describe(disabled, null)))
                                    .thenReturn(disabled))
                        .as(transaction::transactional));
  }

  Mono<Administrator> enable(UUID id, Actor actor) {
    return found(id)
        .flatMap(
            person ->
                person.status() == Administrator.Status.ACTIVE
                    ? Mono.just(person)
                    : repository
                        .setStatus(id, Administrator.Status.ACTIVE)
                        .flatMap(
                            enabled ->
                                audit
                                    .record(
                                        actor,
                                        "ADMINISTRATOR_ENABLED",
                                        "ADMINISTRATOR",
                                        id,
                                        describe(enabled, null))
                                    .thenReturn(enabled))
                        .as(transaction::transactional));
  }

  private static Mono<Void> refuseLockout(List<UUID> active, UUID id, UUID self) {
    if (active.contains(id) && active.size() <= 1) {
      return Mono.error(
          new ProblemException(
              ProblemType.LAST_ADMINISTRATOR, Message.of("administrator.lastActive")));
    }
    if (id.equals(self)) {
      return Mono.error(
          new ProblemException(ProblemType.CONFLICT, Message.of("administrator.notYourself")));
    }
    return Mono.empty();
  }

  private Mono<PasswordLink> newLink(UUID id) {
    String token = tokens.urlSafe(32);
    OffsetDateTime now = now();
    OffsetDateTime expires = now.plus(LINK_VALIDITY);
    return repository
        .insertLink(id, SecureTokens.sha256(token), now, expires)
        .thenReturn(new PasswordLink(LINK_PATH + token, expires));
  }

  private Mono<Administrator> found(UUID id) {
    return repository
        .find(id)
        .switchIfEmpty(
            Mono.error(
                new ProblemException(ProblemType.NOT_FOUND, Message.of("administrator.notFound"))));
  }

  private Mono<Administrator> active(UUID id) {
    return found(id)
        .filter(person -> person.status() == Administrator.Status.ACTIVE)
        .switchIfEmpty(
            Mono.error(
                new ProblemException(ProblemType.CONFLICT, Message.of("administrator.disabled"))));
  }

  /** Who it was about, in the journal: ids and names, never a password or a link. */
  private static Map<String, Object> describe(Administrator person, String setup) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("username", person.username());
    details.put("displayName", person.displayName());
    if (setup != null) {
      details.put("setup", setup);
    }
    return details;
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
