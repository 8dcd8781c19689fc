package fr.sesame.accounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who an import marks as having left: accounts a full export brought before and no longer lists,
 * then parents none of whose children remain. Decided before anything is written, so a dry run
 * lists them too.
 */
final class Leavers {

  private Leavers() {}

  static Mono<List<AccountRow>> of(
      List<ExportFile> files, ImportPlan plan, LeaverRepository repository) {
    List<UUID> planned =
        plan.decisions().stream().map(d -> d.target().id()).filter(Objects::nonNull).toList();
    Flux<AccountRow> missing =
        Flux.fromIterable(files)
            .filter(file -> file.format().isFullExport())
            .concatMap(
                file -> {
                  Set<String> present = new HashSet<>();
                  file.drafts()
                      .forEach(
                          d ->
                              present.add(
                                  ImportPlan.externalKey(d.row().kind(), d.row().externalId())));
                  return repository
                      .activeFromExport(file.format().externalPrefix(), file.format().kinds())
                      .filter(
                          a -> !present.contains(ImportPlan.externalKey(a.kind(), a.externalId())));
                });
    return missing
        .collectList()
        .flatMap(
            gone -> {
              Map<UUID, AccountRow> leaving = new LinkedHashMap<>();
              gone.forEach(a -> leaving.put(a.id(), a));
              return repository
                  .parentsWithoutChildrenAtSchool(planned, new ArrayList<>(leaving.keySet()))
                  .doOnNext(parent -> leaving.putIfAbsent(parent.id(), parent))
                  .then(Mono.fromSupplier(() -> List.copyOf(leaving.values())));
            });
  }

  static List<ImportReport.Leaver> report(List<AccountRow> leavers) {
    return leavers.stream()
        .map(a -> new ImportReport.Leaver(a.id(), a.kind(), a.login(), a.lastName(), a.firstName()))
        .toList();
  }
}
