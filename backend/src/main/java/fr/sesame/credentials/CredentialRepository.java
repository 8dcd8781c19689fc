package fr.sesame.credentials;

import fr.sesame.letters.LetterVariant;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Credentials in PostgreSQL; a live one past its expiry reads as {@code EXPIRED}. */
@Repository
class CredentialRepository {

  private static final String COLUMNS =
      "id, account_id, send_id, variant, issued_at, expires_at,"
          + " case when credential_is_live(state)"
          + " and expires_at <= :now then 'EXPIRED' else state end as state";

  private final DatabaseClient db;

  CredentialRepository(DatabaseClient db) {
    this.db = db;
  }

  Flux<Credential> findByAccount(UUID accountId, OffsetDateTime now) {
    return db.sql(
            "select "
                + COLUMNS
                + " from credential where account_id = :account order by issued_at desc, id")
        .bind("now", now)
        .bind("account", accountId)
        .map(CredentialRepository::read)
        .all();
  }

  Mono<Credential> findById(UUID id, OffsetDateTime now) {
    return db.sql("select " + COLUMNS + " from credential where id = :id")
        .bind("now", now)
        .bind("id", id)
        .map(CredentialRepository::read)
        .one();
  }

  /** Holds the account's row until the transaction ends: issues for one account run in turn. */
  Mono<Void> lockAccount(UUID accountId) {
    return db.sql("select id from account where id = :account for update")
        .bind("account", accountId)
        .then();
  }

  /** Ends the account's live credentials: revoked, or expired if their time had come. */
  Mono<Long> endLive(UUID accountId, OffsetDateTime now) {
    return db.sql(
            """
            update credential set state = case when expires_at <= :now then 'EXPIRED' else 'REVOKED' end,
            state_changed_at = :now where account_id = :account and credential_is_live(state)
            """)
        .bind("now", now)
        .bind("account", accountId)
        .fetch()
        .rowsUpdated();
  }

  Mono<Credential> insert(
      UUID accountId,
      UUID sendId,
      LetterVariant variant,
      OffsetDateTime now,
      OffsetDateTime expiresAt) {
    return db.sql(
            """
            insert into credential (account_id, send_id, variant, state, issued_at, expires_at,
            state_changed_at) values (:account, :send, :variant, 'ISSUED', :now, :expires, :now)
            returning
            """
                + COLUMNS)
        .bind("account", accountId)
        .bind("send", Parameter.fromOrEmpty(sendId, UUID.class))
        .bind("variant", variant.name())
        .bind("now", now)
        .bind("expires", expiresAt)
        .map(CredentialRepository::read)
        .one();
  }

  /** Holds the accounts' rows, in a fixed order so concurrent sends cannot deadlock. */
  Mono<Void> lockAccounts(List<UUID> accountIds) {
    return db.sql("select id from account where id = any(:ids) order by id for update")
        .bind("ids", accountIds.toArray(UUID[]::new))
        .then();
  }

  Mono<Long> endLive(List<UUID> accountIds, OffsetDateTime now) {
    return db.sql(
            """
            update credential set state = case when expires_at <= :now then 'EXPIRED' else 'REVOKED' end,
            state_changed_at = :now where account_id = any(:ids) and credential_is_live(state)
            """)
        .bind("now", now)
        .bind("ids", accountIds.toArray(UUID[]::new))
        .fetch()
        .rowsUpdated();
  }

  Mono<Long> endLiveOfSend(UUID sendId, OffsetDateTime now) {
    return db.sql(
            """
            update credential set state = case when expires_at <= :now then 'EXPIRED' else 'REVOKED' end,
            state_changed_at = :now where send_id = :send and credential_is_live(state)
            """)
        .bind("now", now)
        .bind("send", sendId)
        .fetch()
        .rowsUpdated();
  }

  Flux<Credential> insertAll(
      List<UUID> accountIds,
      UUID sendId,
      LetterVariant variant,
      OffsetDateTime now,
      OffsetDateTime expiresAt) {
    return db.sql(
            """
            insert into credential (account_id, send_id, variant, state, issued_at, expires_at,
            state_changed_at) select account, :send, :variant, 'ISSUED', :now, :expires, :now
            from unnest(:ids) as account returning
            """
                + COLUMNS)
        .bind("ids", accountIds.toArray(UUID[]::new))
        .bind("send", sendId)
        .bind("variant", variant.name())
        .bind("now", now)
        .bind("expires", expiresAt)
        .map(CredentialRepository::read)
        .all();
  }

  /** A send's letters have left: the ones still only issued are now delivered. */
  Mono<Long> markDelivered(UUID sendId, OffsetDateTime now) {
    return db.sql(
            """
            update credential set state = 'DELIVERED', state_changed_at = :now
            where send_id = :send and state = 'ISSUED' and expires_at > :now
            """)
        .bind("send", sendId)
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }

  Flux<Credential> findByIds(List<UUID> ids, OffsetDateTime now) {
    return db.sql("select " + COLUMNS + " from credential where id = any(:ids)")
        .bind("now", now)
        .bind("ids", ids.toArray(UUID[]::new))
        .map(CredentialRepository::read)
        .all();
  }

  private static Credential read(Readable row) {
    return new Credential(
        row.get("id", UUID.class),
        row.get("account_id", UUID.class),
        row.get("send_id", UUID.class),
        CredentialState.valueOf(row.get("state", String.class)),
        row.get("issued_at", OffsetDateTime.class),
        row.get("expires_at", OffsetDateTime.class),
        LetterVariant.valueOf(row.get("variant", String.class)));
  }
}
