package fr.sesame.accounts;

import fr.sesame.accounts.ImportPlan.Decision;
import fr.sesame.accounts.ImportReport.Outcome;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.identity.IdentityService;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports accounts from the school's files (CSV, SIECLE, STS-Web, ONDE, see {@link ImportFiles}):
 * read and check every record, decide against stored accounts and who has left, then store all of
 * it in one transaction, or nothing at all if any record is wrong.
 */
@Service
class AccountImporter {

  static final int MAX_BYTES = 16 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  /** Where "past" is judged for a leaving date (DATE_SORTIE). */
  private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

  private final AccountRepository accounts;
  private final AuditLog audit;
  private final Clock clock;
  private final ImportPlanner planner;
  private final TransactionalOperator transaction;
  private final LeaverRepository leavers;
  private final AccountLetters letters;
  private final IdentityService identity;
  private final ImportConfirmations confirmations;

  AccountImporter(
      AccountRepository accounts,
      ImportPlanner planner,
      LeaverRepository leavers,
      AccountLetters letters,
      IdentityService identity,
      ImportConfirmations confirmations,
      AuditLog audit,
      Clock clock,
      ReactiveTransactionManager transactions) {
    this.accounts = accounts;
    this.planner = planner;
    this.leavers = leavers;
    this.letters = letters;
    this.identity = identity;
    this.confirmations = confirmations;
    this.audit = audit;
    this.clock = clock;
    this.transaction = TransactionalOperator.create(transactions);
  }

  /** One uploaded file: its name as sent and its bytes. */
  record Upload(String name, byte[] bytes) {}

  Mono<ImportReport> importFile(byte[] bytes, boolean dryRun, Actor actor) {
    return importFiles(List.of(new Upload("import.csv", bytes)), dryRun, actor);
  }

  Mono<ImportReport> importFiles(List<Upload> uploads, boolean dryRun, Actor actor) {
    return importFiles(uploads, dryRun, null, actor);
  }

  /**
   * Imports these files together: all of them, or nothing if any is wrong. A confirmation with an
   * {@code idempotencyKey} already used for the same files answers that import's report again.
   */
  Mono<ImportReport> importFiles(
      List<Upload> uploads, boolean dryRun, String idempotencyKey, Actor actor) {
    if (!dryRun && idempotencyKey != null) {
      byte[] hash = ImportConfirmations.hashOf(uploads);
      return accounts
          .lockImports()
          .then(confirmations.find(idempotencyKey, hash))
          .switchIfEmpty(
              Mono.defer(
                  () ->
                      read(uploads, false, actor)
                          .flatMap(
                              report ->
                                  confirmations
                                      .save(
                                          idempotencyKey,
                                          hash,
                                          report,
                                          clock.instant().atOffset(ZoneOffset.UTC))
                                      .thenReturn(report))))
          .as(transaction::transactional);
    }
    return read(uploads, dryRun, actor);
  }

  private Mono<ImportReport> read(List<Upload> uploads, boolean dryRun, Actor actor) {
    LocalDate today = clock.instant().atZone(SCHOOL_ZONE).toLocalDate();
    return Mono.fromCallable(() -> read(uploads, today))
        // Unzipping and parsing exports is CPU work: not on an event-loop thread.
        .subscribeOn(Schedulers.boundedElastic())
        .zipWith(identity.get().map(i -> i.uai() == null ? "" : i.uai()).defaultIfEmpty(""))
        .flatMap(
            read -> {
              List<Message> warnings = new ArrayList<>();
              read.getT1().forEach(file -> warnings.addAll(file.warnings()));
              warnings.addAll(ExportChecks.sameSchool(read.getT1(), read.getT2()));
              return decideAndApply(read.getT1(), warnings, dryRun, actor);
            });
  }

  private static List<ExportFile> read(List<Upload> uploads, LocalDate today) {
    if (uploads.isEmpty()) {
      throw new ProblemException(ProblemType.IMPORT_UNREADABLE, Message.of("import.noFile"));
    }
    List<ExportFile> files = new ArrayList<>();
    for (Upload upload : uploads) {
      files.add(ImportFiles.read(upload.name(), upload.bytes(), today));
    }
    ExportChecks.oneOfEachFormat(files);
    // Pupils before guardians, so a report reads in the order the school thinks of it.
    files.sort(Comparator.comparing(ExportFile::format));
    return files;
  }

  /**
   * Plans against the stored accounts and applies in one transaction, imports one at a time (an
   * advisory lock), so no concurrent change slips between what was decided and what is written.
   */
  private Mono<ImportReport> decideAndApply(
      List<ExportFile> read, List<Message> warnings, boolean dryRun, Actor actor) {
    return accounts
        .lockImports()
        .then(planner.withGuardiansOfPupilsAtSchool(read, warnings))
        .flatMap(
            files ->
                planner
                    .plan(files)
                    .flatMap(
                        plan ->
                            Leavers.of(files, plan, leavers)
                                .flatMap(
                                    gone -> {
                                      ImportReport report =
                                          ImportReport.of(
                                              dryRun,
                                              files,
                                              plan.lines(fileOfEachDraft(files)),
                                              Leavers.report(gone),
                                              warnings);
                                      return dryRun
                                          ? Mono.just(report)
                                          : store(plan, gone, report, actor);
                                    })))
        .as(transaction::transactional);
  }

  private Mono<ImportReport> store(
      ImportPlan plan, List<AccountRow> gone, ImportReport report, Actor actor) {
    if (plan.hasErrors()) {
      return Mono.error(
          new ProblemException(
                  ProblemType.IMPORT_HAS_ERRORS, Message.of("import.hasErrors", report.errors()))
              .with("report", report));
    }
    List<UUID> goneIds = gone.stream().map(AccountRow::id).toList();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    return apply(plan)
        .then(goneIds.isEmpty() ? Mono.empty() : leavers.markLeft(goneIds, now))
        .then(goneIds.isEmpty() ? Mono.empty() : letters.revokeLive(goneIds, actor))
        .then(
            audit.record(
                actor,
                "ACCOUNTS_IMPORTED",
                "ACCOUNT",
                null,
                Map.of(
                    "format", report.format(),
                    "created", report.created(),
                    "updated", report.updated(),
                    "unchanged", report.unchanged(),
                    "left", report.left())))
        .thenReturn(report);
  }

  private static List<String> fileOfEachDraft(List<ExportFile> files) {
    List<String> names = new ArrayList<>();
    files.forEach(f -> f.drafts().forEach(d -> names.add(f.name())));
    return names;
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
}
