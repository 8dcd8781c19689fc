package fr.sesame.accounts;

import fr.sesame.SesameProperties;
import fr.sesame.web.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Prepares an import's plan: guardians narrowed to pupils at school, then every draft decided. */
@Component
class ImportPlanner {

  private final AccountRepository accounts;
  private final LeaverRepository leavers;
  private final Logins logins;

  ImportPlanner(AccountRepository accounts, LeaverRepository leavers, SesameProperties properties) {
    this.accounts = accounts;
    this.leavers = leavers;
    this.logins = new Logins(properties.accounts().loginPattern());
  }

  /** Guardians' children narrowed to pupils at school: in this import's pupils, else stored. */
  Mono<List<ExportFile>> withGuardiansOfPupilsAtSchool(
      List<ExportFile> files, List<Message> warnings) {
    if (files.stream().noneMatch(f -> f.format() == ImportFormat.SIECLE_GUARDIANS)) {
      return Mono.just(files);
    }
    ImportFormat pupils = ImportFormat.SIECLE_PUPILS;
    Mono<Set<String>> atSchool =
        files.stream()
            .filter(f -> f.format() == pupils)
            .findFirst()
            .map(
                f ->
                    Mono.just(
                        f.drafts().stream()
                            .map(d -> d.row().externalId())
                            .collect(Collectors.toSet())))
            .orElseGet(
                () ->
                    leavers
                        .activeFromExport(pupils.externalPrefix(), pupils.kinds())
                        .map(AccountRow::externalId)
                        .collect(Collectors.toSet()));
    return atSchool.map(
        ids ->
            files.stream()
                .map(
                    f ->
                        f.format() != ImportFormat.SIECLE_GUARDIANS
                            ? f
                            : withDrafts(
                                f,
                                ExportChecks.guardiansOfPupilsAtSchool(f.drafts(), ids, warnings)))
                .toList());
  }

  private static ExportFile withDrafts(ExportFile f, List<ImportRowReader.Draft> drafts) {
    return new ExportFile(
        f.name(),
        f.format(),
        f.encoding(),
        f.zipped(),
        f.uai(),
        drafts,
        f.warnings(),
        f.csv(),
        f.unknownColumns());
  }

  /** Decides every draft of these files against the stored accounts they may refer to. */
  Mono<ImportPlan> plan(List<ExportFile> files) {
    List<ImportRowReader.Draft> drafts = files.stream().flatMap(f -> f.drafts().stream()).toList();
    String childrenColumn =
        files.stream()
            .map(ExportFile::childrenColumn)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse("enfants");
    Set<String> loginRefs = new HashSet<>();
    Set<String> idRefs = new HashSet<>();
    for (ImportRowReader.Draft draft : drafts) {
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
                                drafts,
                                found.getT1(),
                                found.getT2(),
                                children,
                                logins,
                                childrenColumn)));
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
}
