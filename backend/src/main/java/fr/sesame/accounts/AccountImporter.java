package fr.sesame.accounts;

import fr.sesame.SesameProperties;
import fr.sesame.accounts.ImportPlan.Decision;
import fr.sesame.accounts.ImportReport.Outcome;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports accounts from a CSV file: read and check every row, decide against stored accounts, then
 * store all of it in one transaction, or nothing at all if any row is wrong.
 */
@Service
class AccountImporter {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  private final AccountRepository accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final Logins logins;
  private final TransactionalOperator transaction;

  AccountImporter(
      AccountRepository accounts,
      AuditLog audit,
      Clock clock,
      SesameProperties properties,
      ReactiveTransactionManager transactions) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
    this.logins = new Logins(properties.accounts().loginPattern());
    this.transaction = TransactionalOperator.create(transactions);
  }

  private record Parsed(
      CsvFile file, ImportColumn.Layout layout, List<ImportRowReader.Draft> drafts) {}

  Mono<ImportReport> importFile(byte[] bytes, boolean dryRun, Actor actor) {
    return Mono.fromCallable(() -> parse(bytes))
        // Decoding and parsing a 5 MB file is CPU work: not on an event-loop thread.
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(parsed -> decideAndApply(parsed, dryRun, actor));
  }

  /**
   * Plans against the stored accounts and applies in one transaction, imports one at a time (an
   * advisory lock), so no concurrent change slips between what was decided and what is written.
   */
  private Mono<ImportReport> decideAndApply(Parsed parsed, boolean dryRun, Actor actor) {
    return accounts
        .lockImports()
        .then(plan(parsed))
        .flatMap(
            plan -> {
              ImportReport report =
                  ImportReport.of(dryRun, parsed.file(), parsed.layout().unknown(), plan.lines());
              if (dryRun) {
                return Mono.just(report);
              }
              if (plan.hasErrors()) {
                return Mono.error(
                    new ProblemException(
                            ProblemType.IMPORT_HAS_ERRORS,
                            report.errors() + " line(s) have errors; nothing was imported.")
                        .with("report", report));
              }
              return apply(plan)
                  .then(
                      audit.record(
                          actor,
                          "ACCOUNTS_IMPORTED",
                          "ACCOUNT",
                          null,
                          Map.of(
                              "created", report.created(),
                              "updated", report.updated(),
                              "unchanged", report.unchanged())))
                  .thenReturn(report);
            })
        .as(transaction::transactional);
  }

  private static Parsed parse(byte[] bytes) {
    CsvFile file = CsvFile.decode(bytes);
    CsvTable table = CsvTable.parse(file, MAX_ROWS);
    ImportColumn.Layout layout = ImportColumn.Layout.of(table.header());
    List<String> missing = layout.missingRequired();
    if (!missing.isEmpty()) {
      throw new ProblemException(
          ProblemType.IMPORT_UNREADABLE,
          "The first line must name the columns; missing: "
              + String.join(", ", missing)
              + ". Expected for example: type;civilite;nom;prenom;identifiant;email;classe;"
              + "mode_connexion;enfants;adresse;id_externe");
    }
    ImportRowReader reader = new ImportRowReader(layout);
    return new Parsed(file, layout, table.rows().stream().map(reader::read).toList());
  }

  private Mono<ImportPlan> plan(Parsed parsed) {
    Set<String> loginRefs = new HashSet<>();
    Set<String> idRefs = new HashSet<>();
    for (ImportRowReader.Draft draft : parsed.drafts()) {
      if (draft.row().login() != null) {
        loginRefs.add(draft.row().login());
      }
      if (draft.row().externalId() != null) {
        idRefs.add(draft.row().externalId());
      }
      draft
          .childrenRefs()
          .forEach(
              ref -> {
                idRefs.add(ref);
                loginRefs.add(Text.fold(ref));
              });
    }
    Mono<List<AccountRow>> existing =
        accounts.findByLoginsOrExternalIds(loginRefs, idRefs).collectList();
    Mono<Set<String>> taken = accounts.allLogins().collect(Collectors.toSet());
    return Mono.zip(existing, taken)
        .flatMap(
            found ->
                storedChildren(found.getT1())
                    // Deciding 20,000 rows is CPU work: off the event loop.
                    .publishOn(Schedulers.boundedElastic())
                    .map(
                        children ->
                            new ImportPlan(
                                parsed.drafts(),
                                found.getT1(),
                                found.getT2(),
                                children,
                                logins,
                                childrenColumn(parsed.layout()))));
  }

  private Mono<Map<UUID, Set<String>>> storedChildren(List<AccountRow> existing) {
    List<UUID> parents =
        existing.stream().filter(a -> a.kind() == AccountKind.PARENT).map(AccountRow::id).toList();
    if (parents.isEmpty()) {
      return Mono.just(Map.of());
    }
    return accounts
        .childLogins(parents)
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
  }

  private Mono<Void> apply(ImportPlan plan) {
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    List<AccountRow> created = rows(plan, Outcome.CREATED);
    List<AccountRow> updated = rows(plan, Outcome.UPDATED);
    return accounts
        .updateAll(updated, now)
        .thenMany(accounts.insertAll(created, now))
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .flatMap(newIds -> linkChildren(plan, newIds));
  }

  /** Replaces the children of every parent whose row names them. */
  private Mono<Void> linkChildren(ImportPlan plan, Map<String, UUID> newIds) {
    List<Decision> parents =
        plan.decisions().stream()
            .filter(d -> d.childLogins() != null && d.outcome() != Outcome.UNCHANGED)
            .toList();
    if (parents.isEmpty()) {
      return Mono.empty();
    }
    Set<String> childLogins =
        parents.stream().flatMap(d -> d.childLogins().stream()).collect(Collectors.toSet());
    return accounts
        .findByLoginsOrExternalIds(childLogins, List.of())
        .collectMap(AccountRow::login, AccountRow::id)
        .flatMap(
            storedIds -> {
              Map<String, UUID> ids = new HashMap<>(storedIds);
              ids.putAll(newIds);
              List<UUID> parentIds = new ArrayList<>();
              List<AccountRepository.Link> links = new ArrayList<>();
              for (Decision parent : parents) {
                UUID parentId =
                    parent.target().id() != null
                        ? parent.target().id()
                        : newIds.get(parent.target().login());
                parentIds.add(parentId);
                parent
                    .childLogins()
                    .forEach(
                        child -> links.add(new AccountRepository.Link(parentId, ids.get(child))));
              }
              return accounts.replaceChildren(parentIds, links);
            });
  }

  private static List<AccountRow> rows(ImportPlan plan, Outcome outcome) {
    return plan.decisions().stream()
        .filter(d -> d.outcome() == outcome)
        .map(Decision::target)
        .toList();
  }

  private static String childrenColumn(ImportColumn.Layout layout) {
    return Stream.of(ImportColumn.CHILDREN)
        .filter(layout::has)
        .map(c -> layout.header().get(layout.positions().get(c)).strip())
        .findFirst()
        .orElse("enfants");
  }
}
