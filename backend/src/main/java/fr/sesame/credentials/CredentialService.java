package fr.sesame.credentials;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountLetters;
import fr.sesame.accounts.AccountService;
import fr.sesame.accounts.AccountStatus;
import fr.sesame.accounts.ConnectionMode;
import fr.sesame.accounts.PasswordState;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.identity.IdentityService;
import fr.sesame.letters.LetterVariant;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Issues, lists and revokes credentials; only accounts that get letters get one. */
@Service
public class CredentialService implements AccountLetters {

  public static final int DEFAULT_VALIDITY_DAYS = 30;
  public static final int MAX_VALIDITY_DAYS = 31;

  private final CredentialRepository credentials;
  private final CredentialSecrets secrets;
  private final AccountService accounts;
  private final IdentityService identity;
  private final AuditLog audit;
  private final Clock clock;

  CredentialService(
      CredentialRepository credentials,
      CredentialSecrets secrets,
      AccountService accounts,
      IdentityService identity,
      AuditLog audit,
      Clock clock) {
    this.credentials = credentials;
    this.secrets = secrets;
    this.accounts = accounts;
    this.identity = identity;
    this.audit = audit;
    this.clock = clock;
  }

  /** Why an account gets no letter, or null when it gets one. */
  public static String ineligibility(Account account) {
    if (account.status() == AccountStatus.LEFT) {
      return "LEFT";
    }
    if (account.connectionMode() == ConnectionMode.ENT) {
      return "ENT";
    }
    if (account.passwordState() == PasswordState.PERSONALISED) {
      return "ALREADY_PERSONALISED";
    }
    return null;
  }

  /** A new credential for the account; its older ones stop working. */
  @Transactional
  public Mono<Credential> issue(
      UUID accountId, UUID sendId, LetterVariant variant, Integer validityDays, Actor actor) {
    int days = validityDays == null ? DEFAULT_VALIDITY_DAYS : validityDays;
    if (days < 1 || days > MAX_VALIDITY_DAYS) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(
                  new ProblemException.FieldError(
                      "validityDays", Message.of("field.range", 1, 31)))));
    }
    return accounts
        .get(accountId)
        .flatMap(account -> checkEligible(account, variant))
        .flatMap(
            account -> {
              OffsetDateTime now = now();
              return credentials
                  .lockAccount(accountId)
                  .then(credentials.endLive(accountId, now))
                  .then(
                      credentials.insert(
                          accountId, sendId, variant, now, now.plus(Duration.ofDays(days))))
                  .flatMap(
                      credential ->
                          audit
                              .record(
                                  actor,
                                  "CREDENTIAL_ISSUED",
                                  "ACCOUNT",
                                  accountId,
                                  Map.of(
                                      "credentialId",
                                      credential.id().toString(),
                                      "variant",
                                      variant.name(),
                                      "validityDays",
                                      days))
                              .thenReturn(credential));
            });
  }

  /**
   * Credentials for many eligible accounts at once, for a send: their older letters stop working.
   * One transaction; one audit event for the send.
   */
  @Transactional
  public Mono<List<Credential>> issueAll(
      List<UUID> accountIds, UUID sendId, LetterVariant variant, int validityDays, Actor actor) {
    if (accountIds.isEmpty()) {
      return Mono.just(List.of());
    }
    OffsetDateTime now = now();
    return credentials
        .lockAccounts(accountIds)
        .then(credentials.endLive(accountIds, now))
        .thenMany(
            credentials.insertAll(
                accountIds, sendId, variant, now, now.plus(Duration.ofDays(validityDays))))
        .collectList()
        .flatMap(
            issued ->
                audit
                    .record(
                        actor,
                        "CREDENTIALS_ISSUED",
                        "SEND",
                        sendId,
                        Map.of("count", issued.size(), "variant", variant.name()))
                    .thenReturn(issued));
  }

  /** The send's issued letters have been handed over (downloaded, mailed): {@code DELIVERED}. */
  public Mono<Long> markDelivered(UUID sendId) {
    return credentials.markDelivered(sendId, now());
  }

  /** These credentials as they are now (expired ones read as {@code EXPIRED}). */
  public Flux<Credential> byIds(List<UUID> ids) {
    return ids.isEmpty() ? Flux.empty() : credentials.findByIds(ids, now());
  }

  public Mono<List<Credential>> list(UUID accountId) {
    return accounts.get(accountId).then(credentials.findByAccount(accountId, now()).collectList());
  }

  @Transactional
  public Mono<Long> revokeLive(UUID accountId, Actor actor) {
    return accounts
        .get(accountId)
        .then(credentials.lockAccount(accountId))
        .then(credentials.endLive(accountId, now()))
        .flatMap(
            count ->
                audit
                    .record(
                        actor, "CREDENTIALS_REVOKED", "ACCOUNT", accountId, Map.of("count", count))
                    .thenReturn(count));
  }

  /**
   * Revokes every letter of these accounts that could still be used, in one transaction; {@code
   * 404} and nothing changes when one of them does not exist.
   */
  @Override
  @Transactional
  public Mono<Long> revokeLive(List<UUID> accountIds, Actor actor) {
    List<UUID> ids = accountIds.stream().distinct().toList();
    return accounts
        .audience(null, ids, null, null)
        .flatMap(
            found ->
                found.size() == ids.size()
                    ? credentials.lockAccounts(ids).then(credentials.endLive(ids, now()))
                    : Mono.error(
                        new ProblemException(
                            ProblemType.NOT_FOUND,
                            Message.of("accounts.someMissing", ids.size() - found.size()))))
        .flatMap(
            count ->
                audit
                    .record(
                        actor,
                        "CREDENTIALS_REVOKED",
                        "ACCOUNT",
                        null,
                        Map.of("count", count, "accountIds", ids))
                    .thenReturn(count));
  }

  /** Revokes the letters of a send that could still be used; used ones are kept. */
  @Transactional
  public Mono<Long> revokeSend(UUID sendId, Actor actor) {
    return credentials
        .endLiveOfSend(sendId, now())
        .flatMap(
            count ->
                audit
                    .record(actor, "SEND_LETTERS_REVOKED", "SEND", sendId, Map.of("count", count))
                    .thenReturn(count));
  }

  /** The account's credential, if it can still open the account; else 404 or 409. */
  public Mono<Credential> live(UUID accountId, UUID credentialId) {
    return credentials
        .findById(credentialId, now())
        .filter(credential -> credential.accountId().equals(accountId))
        .switchIfEmpty(
            Mono.error(
                new ProblemException(ProblemType.NOT_FOUND, Message.of("credential.notFound"))))
        .flatMap(
            credential ->
                CredentialState.LIVE.contains(credential.state())
                    ? Mono.just(credential)
                    : Mono.error(
                        new ProblemException(
                            ProblemType.CONFLICT,
                            Message.of("credential.notLive", credential.state().name()))));
  }

  /** The activation link of a live QR credential: {@code <public URL>activate#<token>}. */
  public Mono<String> activationLink(UUID accountId, UUID credentialId, Actor actor) {
    return live(accountId, credentialId)
        .flatMap(
            credential -> {
              if (credential.variant() != LetterVariant.QR) {
                return Mono.error(
                    new ProblemException(ProblemType.CONFLICT, Message.of("credential.noQr")));
              }
              return publicUrl()
                  .map(url -> url + "activate#" + secrets.token(credential.id()))
                  .flatMap(
                      link ->
                          audit
                              .record(
                                  actor,
                                  "CREDENTIAL_QR_SHOWN",
                                  "ACCOUNT",
                                  accountId,
                                  Map.of("credentialId", credentialId.toString()))
                              .thenReturn(link));
            });
  }

  private Mono<Account> checkEligible(Account account, LetterVariant variant) {
    String reason = ineligibility(account);
    if (reason != null) {
      return Mono.error(
          new ProblemException(
                  ProblemType.NOT_ELIGIBLE,
                  switch (reason) {
                    case "LEFT" -> Message.of("eligibility.left");
                    case "ENT" -> Message.of("eligibility.ent");
                    default -> Message.of("eligibility.passwordChosen");
                  })
              .with("reason", reason));
    }
    return variant == LetterVariant.QR ? publicUrl().thenReturn(account) : Mono.just(account);
  }

  private Mono<String> publicUrl() {
    return identity
        .get()
        .flatMap(
            found ->
                found.publicUrl() == null
                    ? Mono.error(
                        new ProblemException(
                            ProblemType.PUBLIC_URL_MISSING, Message.of("publicUrl.missingForQr")))
                    : Mono.just(found.publicUrl()));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
