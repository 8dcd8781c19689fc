package fr.sesame.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Rows with their parent–child links, as the API shows them; one query for a whole page. */
@Component
class AccountViews {

  private final AccountRepository accounts;

  AccountViews(AccountRepository accounts) {
    this.accounts = accounts;
  }

  Mono<Account> of(AccountRow row) {
    return of(List.of(row)).map(list -> list.get(0));
  }

  Mono<List<Account>> of(List<AccountRow> rows) {
    if (rows.isEmpty()) {
      return Mono.just(List.of());
    }
    return accounts
        .links(rows.stream().map(AccountRow::id).toList())
        .collectList()
        .map(
            links -> {
              Map<UUID, List<UUID>> children = new HashMap<>();
              Map<UUID, List<UUID>> parents = new HashMap<>();
              for (AccountRepository.Link link : links) {
                children
                    .computeIfAbsent(link.parentId(), id -> new ArrayList<>())
                    .add(link.childId());
                parents
                    .computeIfAbsent(link.childId(), id -> new ArrayList<>())
                    .add(link.parentId());
              }
              return rows.stream()
                  .map(
                      row ->
                          row.toAccount(
                              children.getOrDefault(row.id(), List.of()),
                              parents.getOrDefault(row.id(), List.of())))
                  .toList();
            });
  }
}
