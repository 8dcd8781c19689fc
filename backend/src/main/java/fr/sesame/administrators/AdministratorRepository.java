package fr.sesame.administrators;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The people columns of {@code admin_user}, and their one-time password links. */
@Repository
class AdministratorRepository {

  private static final String COLUMNS =
      "id, username, display_name, email, status, password_hash is not null as password_set,"
          + " must_change_password, created_at, last_sign_in_at";

  private final DatabaseClient db;

  AdministratorRepository(DatabaseClient db) {
    this.db = db;
  }

  Flux<Administrator> page(int size, long offset) {
    return db.sql(
            "select "
                + COLUMNS
                + " from admin_user order by status, lower(display_name), id"
                + " limit :limit offset :offset")
        .bind("limit", size)
        .bind("offset", offset)
        .map(AdministratorRepository::read)
        .all();
  }

  Mono<Long> count() {
    return db.sql("select count(*) as n from admin_user")
        .map(row -> row.get("n", Long.class))
        .one();
  }

  Mono<Administrator> find(UUID id) {
    return db.sql("select " + COLUMNS + " from admin_user where id = :id")
        .bind("id", id)
        .map(AdministratorRepository::read)
        .one();
  }

  Mono<Administrator> insert(AdministratorInput input, String passwordHash, OffsetDateTime now) {
    return db.sql(
            "insert into admin_user (username, display_name, email, password_hash,"
                + " must_change_password, created_at)"
                + " values (:username, :displayName, :email, :hash, :mustChange, :now)"
                + " returning "
                + COLUMNS)
        .bind("username", input.username())
        .bind("displayName", input.displayName().strip())
        .bind("email", Parameter.fromOrEmpty(blankToNull(input.email()), String.class))
        .bind("hash", Parameter.fromOrEmpty(passwordHash, String.class))
        .bind("mustChange", passwordHash != null)
        .bind("now", now)
        .map(AdministratorRepository::read)
        .one();
  }

  /**
   * Whether the name is an administrator's, or a recipient's login: sign-in looks administrators up
   * first, so the recipient could no longer sign in.
   */
  Mono<Boolean> usernameTaken(String username) {
    return db.sql(
            "select exists (select 1 from admin_user where lower(username) = lower(:username))"
                + " or exists (select 1 from account where login = lower(:username)) as taken")
        .bind("username", username)
        .map(row -> row.get("taken", Boolean.class))
        .one();
  }

  /**
   * The active administrators, locked until the transaction ends: two administrators disabling each
   * other at once are decided one after the other, so one always stays.
   */
  Flux<UUID> lockActive() {
    return db.sql("select id from admin_user where status = 'ACTIVE' for update")
        .map(row -> row.get("id", UUID.class))
        .all();
  }

  Mono<Administrator> setStatus(UUID id, Administrator.Status status) {
    return db.sql("update admin_user set status = :status where id = :id returning " + COLUMNS)
        .bind("status", status.name())
        .bind("id", id)
        .map(AdministratorRepository::read)
        .one();
  }

  Mono<String> passwordHash(UUID id) {
    return db.sql("select password_hash from admin_user where id = :id and status = 'ACTIVE'")
        .bind("id", id)
        .map(row -> row.get("password_hash", String.class))
        .one();
  }

  /** The person's own password now: nothing left to change at the next sign-in. */
  Mono<Void> setPassword(UUID id, String hash) {
    return db.sql(
            "update admin_user set password_hash = :hash, must_change_password = false"
                + " where id = :id")
        .bind("hash", hash)
        .bind("id", id)
        .then();
  }

  /** A new link replaces those not used yet. */
  Mono<Void> insertLink(UUID userId, String tokenHash, OffsetDateTime now, OffsetDateTime expires) {
    return dropUnusedLinks(userId)
        .then(
            db.sql(
                    "insert into admin_password_link (token_hash, user_id, created_at, expires_at)"
                        + " values (:hash, :user, :now, :expires)")
                .bind("hash", tokenHash)
                .bind("user", userId)
                .bind("now", now)
                .bind("expires", expires)
                .then());
  }

  Mono<Void> dropUnusedLinks(UUID userId) {
    return db.sql("delete from admin_password_link where user_id = :user and used_at is null")
        .bind("user", userId)
        .then();
  }

  /** The live link's holder: not used, not expired, and still an active administrator. */
  Mono<LinkHolder> linkHolder(String tokenHash, OffsetDateTime now) {
    return db.sql(
            "select u.id, u.username, u.display_name, u.email, l.expires_at"
                + " from admin_password_link l join admin_user u on u.id = l.user_id"
                + " where l.token_hash = :hash and l.used_at is null and l.expires_at > :now"
                + " and u.status = 'ACTIVE'")
        .bind("hash", tokenHash)
        .bind("now", now)
        .map(
            row ->
                new LinkHolder(
                    row.get("id", UUID.class),
                    row.get("username", String.class),
                    row.get("display_name", String.class),
                    row.get("email", String.class),
                    row.get("expires_at", OffsetDateTime.class)))
        .one();
  }

  /** Marks the link used; true for exactly one of two parallel uses. */
  Mono<Boolean> useLink(String tokenHash, OffsetDateTime now) {
    return db.sql(
            "update admin_password_link set used_at = :now"
                + " where token_hash = :hash and used_at is null and expires_at > :now")
        .bind("hash", tokenHash)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  record LinkHolder(
      UUID id, String username, String displayName, String email, OffsetDateTime expiresAt) {}

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Administrator read(Readable row) {
    return new Administrator(
        row.get("id", UUID.class),
        row.get("username", String.class),
        row.get("display_name", String.class),
        row.get("email", String.class),
        Administrator.Status.valueOf(row.get("status", String.class)),
        Boolean.TRUE.equals(row.get("password_set", Boolean.class)),
        Boolean.TRUE.equals(row.get("must_change_password", Boolean.class)),
        row.get("created_at", OffsetDateTime.class),
        row.get("last_sign_in_at", OffsetDateTime.class));
  }
}
