package fr.sesame.accounts;

import fr.sesame.SesameProperties;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemException.FieldError;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The rules of accounts: who may have a class or children, unique logins, audit of changes. */
@Service
public class AccountService {

  private final AccountRepository accounts;
  private final AccountViews views;
  private final AuditLog audit;
  private final Clock clock;
  private final Logins logins;

  AccountService(
      AccountRepository accounts,
      AccountViews views,
      AuditLog audit,
      Clock clock,
      SesameProperties properties) {
    this.accounts = accounts;
    this.views = views;
    this.audit = audit;
    this.clock = clock;
    this.logins = new Logins(properties.accounts().loginPattern());
  }

  Mono<PageResponse<Account>> list(AccountFilter filter, String sort, int page, int size) {
    if (page < 0 || size < 1 || size > 500) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(new FieldError(page < 0 ? "page" : "size", Message.of("page.range", 500)))));
    }
    AccountFilter.Condition where = filter.toSql();
    String orderBy = AccountSort.orderBy(sort);
    return accounts
        .count(where)
        .zipWith(accounts.find(where, orderBy, size, (long) page * size).collectList())
        .flatMap(
            countAndRows ->
                views
                    .of(countAndRows.getT2())
                    .map(items -> new PageResponse<>(items, countAndRows.getT1(), page, size)));
  }

  /** The most accounts one send may address. */
  public static final int MAX_AUDIENCE = 20_000;

  /**
   * The accounts a send addresses, in name order: the given ids (of any kind: the caller checks),
   * or every account of {@code kind}, narrowed by class and password state when given.
   */
  public Mono<List<Account>> audience(
      AccountKind kind, List<UUID> ids, String className, PasswordState passwordState) {
    Flux<AccountRow> rows =
        ids != null
            ? accounts.findByIds(ids)
            : accounts.find(
                new AccountFilter(null, kind, className, null, passwordState, null).toSql(),
                "a.last_name_key, a.first_name_key, a.id",
                MAX_AUDIENCE,
                0);
    return rows.collectList().flatMap(views::of);
  }

  public Mono<Account> get(UUID id) {
    return accounts.findById(id).switchIfEmpty(notFound()).flatMap(views::of);
  }

  Flux<String> classNames() {
    return accounts.classNames();
  }

  @Transactional
  Mono<Account> create(AccountInput input, Actor actor) {
    return Mono.fromCallable(() -> AccountRules.toRow(null, input, null, PasswordState.NONE))
        .flatMap(row -> withLogin(row, null))
        .flatMap(row -> checkChildren(input).thenReturn(row))
        .flatMap(row -> accounts.insert(row, now()).map(row::withId))
        .flatMap(row -> setChildren(row.id(), input).thenReturn(row))
        .flatMap(
            row ->
                audit
                    .record(
                        actor,
                        "ACCOUNT_CREATED",
                        "ACCOUNT",
                        row.id(),
                        Map.of("kind", row.kind().name(), "login", row.login()))
                    .then(get(row.id())));
  }

  @Transactional
  Mono<Account> update(UUID id, AccountInput input, Actor actor) {
    return accounts
        .findById(id)
        .switchIfEmpty(notFound())
        .flatMap(
            current ->
                Mono.fromCallable(
                        () ->
                            AccountRules.toRow(id, input, current.login(), current.passwordState()))
                    .flatMap(row -> withLogin(row, id))
                    .flatMap(row -> checkChildren(input).thenReturn(row))
                    .flatMap(row -> accounts.update(row, now()).thenReturn(row))
                    .flatMap(row -> setChildren(id, input).thenReturn(row))
                    .flatMap(
                        row ->
                            audit.record(
                                actor,
                                "ACCOUNT_UPDATED",
                                "ACCOUNT",
                                id,
                                Map.of("login", row.login()))))
        .then(get(id));
  }

  @Transactional
  Mono<Void> delete(UUID id, Actor actor) {
    return accounts
        .findById(id)
        .switchIfEmpty(notFound())
        .flatMap(
            row ->
                accounts
                    .delete(List.of(id))
                    .then(
                        audit.record(
                            actor,
                            "ACCOUNT_DELETED",
                            "ACCOUNT",
                            id,
                            Map.of("login", row.login()))));
  }

  @Transactional
  Mono<BulkResult> bulk(BulkAction request, Actor actor) {
    Set<UUID> ids = new LinkedHashSet<>(request.accountIds());
    if (request.action() == BulkAction.Action.SET_CONNECTION_MODE
        && request.connectionMode() == null) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(
                  new FieldError("connectionMode", Message.of("account.connectionModeRequired")))));
    }
    return accounts
        .findByIds(ids)
        .count()
        .flatMap(
            found ->
                found == ids.size()
                    ? Mono.empty()
                    : Mono.error(
                        new ProblemException(
                            ProblemType.NOT_FOUND,
                            Message.of("accounts.someMissing", ids.size() - found))))
        .then(
            request.action() == BulkAction.Action.DELETE
                ? accounts.delete(ids)
                : accounts.setConnectionMode(ids, request.connectionMode(), now()))
        .flatMap(
            affected ->
                audit
                    .record(
                        actor,
                        "ACCOUNTS_" + request.action().name(),
                        "ACCOUNT",
                        null,
                        Map.of(
                            "count", affected,
                            "connectionMode", String.valueOf(request.connectionMode()),
                            "accountIds", ids))
                    .thenReturn(new BulkResult(affected)));
  }

  /** Checks a given login is free, or makes one from the names. */
  private Mono<AccountRow> withLogin(AccountRow row, UUID self) {
    if (row.login() != null) {
      return accounts
          .loginsStartingWith(row.login())
          .collect(Collectors.toSet())
          .zipWith(self == null ? Mono.just("") : accounts.findById(self).map(AccountRow::login))
          .flatMap(
              takenAndOwn -> {
                boolean clash =
                    takenAndOwn.getT1().contains(row.login())
                        && !row.login().equals(takenAndOwn.getT2());
                return clash
                    ? Mono.error(
                        new ProblemException(
                            ProblemType.CONFLICT, Message.of("login.taken", row.login())))
                    : Mono.just(row);
              });
    }
    String base = logins.base(row.firstName(), row.lastName());
    return accounts
        .loginsStartingWith(base)
        .collect(Collectors.toCollection(HashSet::new))
        .map(
            taken ->
                new AccountRow(
                    row.id(),
                    row.kind(),
                    row.civility(),
                    row.lastName(),
                    row.firstName(),
                    Logins.firstFree(base, taken),
                    row.email(),
                    row.className(),
                    row.address(),
                    row.externalId(),
                    row.connectionMode(),
                    row.passwordState()));
  }

  private Mono<Void> checkChildren(AccountInput input) {
    if (input.childrenIds() == null || input.childrenIds().isEmpty()) {
      return Mono.empty();
    }
    Set<UUID> wanted = new HashSet<>(input.childrenIds());
    return accounts
        .findByIds(wanted)
        .filter(child -> child.kind() == AccountKind.STUDENT)
        .count()
        .flatMap(
            students ->
                students == wanted.size()
                    ? Mono.empty()
                    : Mono.error(
                        ProblemException.invalidFields(
                            List.of(
                                new FieldError(
                                    "childrenIds",
                                    Message.of("account.childrenMustBeStudents"))))));
  }

  /** Keeps links true to kinds: only parents have children, only students have parents. */
  private Mono<Void> setChildren(UUID parentId, AccountInput input) {
    Mono<Void> notAChild =
        input.kind() == AccountKind.STUDENT ? Mono.empty() : accounts.unlinkFromParents(parentId);
    if (input.kind() != AccountKind.PARENT) {
      return notAChild.then(accounts.replaceChildren(List.of(parentId), List.of()));
    }
    List<UUID> children = input.childrenIds() == null ? List.of() : input.childrenIds();
    return notAChild.then(
        accounts.replaceChildren(
            List.of(parentId),
            children.stream()
                .distinct()
                .map(child -> new AccountRepository.Link(parentId, child))
                .toList()));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  private static <T> Mono<T> notFound() {
    return Mono.error(new ProblemException(ProblemType.NOT_FOUND, Message.of("account.notFound")));
  }
}
