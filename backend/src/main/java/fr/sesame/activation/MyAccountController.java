package fr.sesame.activation;

import fr.sesame.accounts.AccountKind;
import fr.sesame.accounts.AccountService;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.identity.IdentityService;
import fr.sesame.security.PasswordHasher;
import fr.sesame.security.SecureTokens;
import fr.sesame.security.SignInThrottle;
import fr.sesame.security.UserPrincipal;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** « Mon compte »: a signed-in recipient's own account and password. */
@RestController
@RequestMapping("/api/auth")
class MyAccountController {

  private final AccountService accounts;
  private final ActivationRepository repository;
  private final ActivationService activation;
  private final PasswordHasher hasher;
  private final AuditLog audit;
  private final Clock clock;
  private final SignInThrottle throttle;
  private final TransactionalOperator transaction;
  private final IdentityService identity;

  MyAccountController(
      AccountService accounts,
      ActivationRepository repository,
      ActivationService activation,
      PasswordHasher hasher,
      AuditLog audit,
      Clock clock,
      SignInThrottle throttle,
      TransactionalOperator transaction,
      IdentityService identity) {
    this.identity = identity;
    this.throttle = throttle;
    this.transaction = transaction;
    this.accounts = accounts;
    this.repository = repository;
    this.activation = activation;
    this.hasher = hasher;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The signed-in recipient, their children (a parent's), and where the school says to use the
   * account next ({@code nextStep}, null when it names none).
   */
  record MyAccount(
      String displayName,
      String login,
      AccountKind kind,
      List<Child> children,
      NextStep nextStep) {}

  record Child(String displayName, String className) {}

  record NextStep(String url, String label) {}

  record PasswordChange(
      @NotNull @Size(max = 1024) String currentPassword,
      @NotNull @Size(max = 1024) String newPassword) {}

  private static String sessionHash(ServerWebExchange exchange) {
    HttpCookie cookie = exchange.getRequest().getCookies().getFirst("SESAME_SESSION");
    return cookie == null ? "" : SecureTokens.sha256(cookie.getValue());
  }

  @GetMapping("/account")
  Mono<MyAccount> account(@AuthenticationPrincipal UserPrincipal principal) {
    Mono<NextStep> nextStep =
        identity
            .get()
            .filter(school -> school.nextStepUrl() != null)
            .map(school -> new NextStep(school.nextStepUrl(), school.nextStepLabel()));
    return accounts
        .get(principal.id())
        .flatMap(
            account ->
                Mono.zip(
                    children(account.childrenIds()),
                    nextStep.map(Optional::of).defaultIfEmpty(Optional.empty()),
                    (children, next) ->
                        new MyAccount(
                            account.displayName(),
                            account.login(),
                            account.kind(),
                            children,
                            next.orElse(null))));
  }

  private Mono<List<Child>> children(List<UUID> ids) {
    if (ids == null || ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return accounts
        .audience(null, ids, null, null)
        .map(
            found ->
                found.stream()
                    .map(child -> new Child(child.displayName(), child.className()))
                    .toList());
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> changePassword(
      @Valid @RequestBody PasswordChange change,
      @AuthenticationPrincipal UserPrincipal principal,
      Actor actor,
      ServerWebExchange exchange) {
    // Guessing the current password from an open session meets the sign-in back-off.
    String key = SignInThrottle.keyOf(principal.username());
    return throttle
        .admit(key)
        .then(repository.passwordHash(principal.id()))
        .flatMap(hash -> hasher.matches(change.currentPassword(), hash))
        .flatMap(
            matches ->
                matches
                    ? throttle.reset(key).then(accounts.get(principal.id()))
                    : Mono.error(
                        new ProblemException(
                            ProblemType.SIGN_IN_FAILED, Message.of("password.currentWrong"))))
        .flatMap(
            account ->
                activation
                    .checked(
                        change.newPassword(),
                        List.of(account.firstName(), account.lastName(), account.login()))
                    .then(hasher.hash(change.newPassword()))
                    .flatMap(
                        hash ->
                            repository
                                .personalise(
                                    account.id(), hash, clock.instant().atOffset(ZoneOffset.UTC))
                                // Whoever else knew the old password is signed out.
                                .then(
                                    repository.endOtherSessions(
                                        account.id(), sessionHash(exchange)))
                                .then(
                                    audit.record(
                                        actor,
                                        "PASSWORD_CHANGED",
                                        "ACCOUNT",
                                        account.id(),
                                        Map.of()))
                                .as(transaction::transactional)));
  }
}
