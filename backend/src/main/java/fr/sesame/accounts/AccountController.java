package fr.sesame.accounts;

import fr.sesame.audit.Actor;
import fr.sesame.web.PageResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/accounts}: list, read, create, change, delete, bulk actions. */
@RestController
@RequestMapping("/api/accounts")
class AccountController {

  private final AccountService accounts;
  private final AccountLetters letters;
  private final ActivationSummaries summaries;

  AccountController(
      AccountService accounts, AccountLetters letters, ActivationSummaries summaries) {
    this.accounts = accounts;
    this.letters = letters;
    this.summaries = summaries;
  }

  @GetMapping
  Mono<PageResponse<Account>> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) AccountKind kind,
      @RequestParam(required = false) String className,
      @RequestParam(required = false) ConnectionMode connectionMode,
      @RequestParam(required = false) PasswordState passwordState,
      @RequestParam(required = false) Boolean hasEmail,
      @RequestParam(required = false) AccountStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String sort) {
    AccountFilter filter =
        new AccountFilter(q, kind, className, connectionMode, passwordState, hasEmail, status);
    return accounts.list(filter, sort, page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Account> create(@Valid @RequestBody AccountInput input, Actor actor) {
    return accounts.create(input, actor);
  }

  @GetMapping("/{id}")
  Mono<Account> get(@PathVariable UUID id) {
    return accounts.get(id);
  }

  @PutMapping("/{id}")
  Mono<Account> update(@PathVariable UUID id, @Valid @RequestBody AccountInput input, Actor actor) {
    return accounts.update(id, input, actor);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> delete(@PathVariable UUID id, Actor actor) {
    return accounts.delete(id, actor);
  }

  @PostMapping("/bulk")
  Mono<BulkResult> bulk(@Valid @RequestBody BulkAction action, Actor actor) {
    // Letters belong to credentials, which already depend on accounts: their owner revokes them.
    return action.action() == BulkAction.Action.REVOKE_LETTERS
        ? letters.revokeLive(action.accountIds(), actor).map(BulkResult::new)
        : accounts.bulk(action, actor);
  }

  /** Who has not activated yet, per audience and class. */
  @GetMapping("/activation-summary")
  Mono<List<ActivationSummaryRow>> activationSummary(
      @RequestParam(required = false) AccountKind kind) {
    return summaries.rows(kind).collectList();
  }

  @GetMapping("/classes")
  Mono<List<String>> classes() {
    return accounts.classNames().collectList();
  }
}
