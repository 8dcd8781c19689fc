package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads what letters print about their recipients — the account, a parent's children, the live
 * credential — a hundred letters at a time, as rendering asks for them.
 */
@Component
class LetterRecipients {

  static final int BATCH = 100;

  private final AccountService accounts;
  private final LetterCredentials credentials;

  LetterRecipients(AccountService accounts, LetterCredentials credentials) {
    this.accounts = accounts;
    this.credentials = credentials;
  }

  /** In the order given; letters that can no longer be used are left out. */
  Flux<LetterRecipient> of(Flux<Letters.Addressee> addressees) {
    return addressees.buffer(BATCH).concatMap(this::batch);
  }

  /** An account with its children, for a preview. */
  Mono<Person> person(UUID accountId) {
    return accounts
        .get(accountId)
        .flatMap(
            account ->
                Flux.fromIterable(account.childrenIds())
                    .concatMap(accounts::get)
                    .collectList()
                    .map(children -> new Person(account, children)));
  }

  record Person(Account account, List<Account> children) {}

  private Flux<LetterRecipient> batch(List<Letters.Addressee> batch) {
    List<UUID> accountIds = batch.stream().map(Letters.Addressee::accountId).distinct().toList();
    List<UUID> order = batch.stream().map(Letters.Addressee::credentialId).toList();
    return Mono.zip(
            accounts.audience(null, accountIds, null, null), credentials.live(order).collectList())
        .flatMapMany(found -> recipients(found.getT1(), found.getT2(), order));
  }

  private Flux<LetterRecipient> recipients(
      List<Account> accountList, List<LetterCredential> live, List<UUID> order) {
    Map<UUID, Account> byId = byId(accountList);
    Map<UUID, LetterCredential> credentialsById =
        live.stream().collect(Collectors.toMap(LetterCredential::id, Function.identity()));
    List<UUID> childIds =
        accountList.stream().flatMap(a -> a.childrenIds().stream()).distinct().toList();
    Mono<Map<UUID, Account>> children =
        childIds.isEmpty()
            ? Mono.just(Map.of())
            : accounts.audience(null, childIds, null, null).map(LetterRecipients::byId);
    return children.flatMapMany(
        kids ->
            Flux.fromIterable(order)
                .mapNotNull(credentialsById::get)
                .filter(credential -> byId.containsKey(credential.accountId()))
                .map(
                    credential -> {
                      Account account = byId.get(credential.accountId());
                      List<Account> theirChildren =
                          account.childrenIds().stream()
                              .map(kids::get)
                              .filter(Objects::nonNull)
                              .toList();
                      return new LetterRecipient(account, theirChildren, credential);
                    }));
  }

  private static Map<UUID, Account> byId(List<Account> accounts) {
    return accounts.stream().collect(Collectors.toMap(Account::id, Function.identity()));
  }
}
