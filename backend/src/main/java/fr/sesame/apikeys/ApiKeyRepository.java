package fr.sesame.apikeys;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** API keys in PostgreSQL. */
@Repository
class ApiKeyRepository {

  private static final String COLUMNS =
      "id, name, prefix, scopes, expires_at, created_at, created_by, last_used_at, revoked_at";

  /** A request made with a live key: who, what it may do, and its requests this minute. */
  record Use(UUID id, String name, List<ApiKeyScope> scopes, int requestsThisMinute) {}

  private final DatabaseClient db;
  private final TransactionalOperator transaction;

  ApiKeyRepository(DatabaseClient db, TransactionalOperator transaction) {
    this.db = db;
    this.transaction = transaction;
  }

  Mono<ApiKey> insert(
      String name,
      String prefix,
      String hash,
      List<ApiKeyScope> scopes,
      OffsetDateTime expiresAt,
      OffsetDateTime now,
      String createdBy) {
    return db.sql(
            "insert into api_key (name, prefix, key_hash, scopes, expires_at, created_at,"
                + " created_by) values (:name, :prefix, :hash, :scopes, :expires, :now, :by)"
                + " returning "
                + COLUMNS)
        .bind("name", name)
        .bind("prefix", prefix)
        .bind("hash", hash)
        .bind("scopes", scopes.stream().map(ApiKeyScope::value).toArray(String[]::new))
        .bind("expires", expiresAt)
        .bind("now", now)
        .bind("by", createdBy)
        .map(ApiKeyRepository::read)
        .one();
  }

  Flux<ApiKey> list() {
    return db.sql("select " + COLUMNS + " from api_key order by created_at desc")
        .map(ApiKeyRepository::read)
        .all();
  }

  /** Revokes a key; the key as it now is, empty when there is no such key. */
  Mono<ApiKey> revoke(UUID id, OffsetDateTime now) {
    return db.sql(
            "update api_key set revoked_at = coalesce(revoked_at, :now) where id = :id returning "
                + COLUMNS)
        .bind("now", now)
        .bind("id", id)
        .map(ApiKeyRepository::read)
        .one();
  }

  /**
   * Counts one request of the key with this hash, if it is live, in one statement: the minute's
   * count (reset when a new minute starts) and the last use. Empty for an unknown, expired or
   * revoked key. A count and a last use are not worth a disk flush on every call: this transaction
   * commits without waiting for the WAL to reach the disk.
   */
  Mono<Use> use(String hash, OffsetDateTime now, OffsetDateTime minute) {
    Mono<Use> count =
        db.sql(
                "update api_key set window_count = case when window_start = :minute"
                    + " then window_count + 1 else 1 end, window_start = :minute, last_used_at = :now"
                    + " where key_hash = :hash and revoked_at is null and expires_at > :now"
                    + " returning id, name, scopes, window_count")
            .bind("minute", minute)
            .bind("now", now)
            .bind("hash", hash)
            .map(
                row ->
                    new Use(
                        row.get("id", UUID.class),
                        row.get("name", String.class),
                        scopes(row),
                        row.get("window_count", Integer.class)))
            .one();
    return db.sql("set local synchronous_commit = off")
        .then()
        .then(count)
        .as(transaction::transactional);
  }

  private static List<ApiKeyScope> scopes(Readable row) {
    return Arrays.stream(row.get("scopes", String[].class)).map(ApiKeyScope::of).toList();
  }

  private static ApiKey read(Readable row) {
    return new ApiKey(
        row.get("id", UUID.class),
        row.get("name", String.class),
        row.get("prefix", String.class),
        scopes(row),
        row.get("expires_at", OffsetDateTime.class),
        row.get("created_at", OffsetDateTime.class),
        row.get("created_by", String.class),
        row.get("last_used_at", OffsetDateTime.class),
        row.get("revoked_at", OffsetDateTime.class));
  }
}
