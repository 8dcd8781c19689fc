package fr.sesame.security;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Who may sign in: administrators, then recipients; usernames compare case-insensitively. */
@Repository
class AdminUsers {

  /**
   * An administrator's role while signed in: one given a password by someone else may only change
   * it until they have ({@code u} is the {@code admin_user} row).
   */
  static final String ROLE =
      "case when u.must_change_password then 'PASSWORD_CHANGE_REQUIRED' else u.role end";

  private final DatabaseClient db;

  AdminUsers(DatabaseClient db) {
    this.db = db;
  }

  /**
   * The administrator with this username, else the recipient with this login who has chosen a
   * password (role {@code RECIPIENT}) and still signs in directly.
   */
  Mono<AdminUser> findByUsername(String username) {
    return db.sql(
            "select id, username, display_name, password_hash, role from ("
                + " select id, username, display_name, password_hash, "
                + ROLE
                + " as role, 0 as rank from admin_user u"
                + " where lower(username) = lower(:username) and status = 'ACTIVE'"
                + " union all"
                + " select id, login, null, password_hash, 'RECIPIENT', 1 from account"
                + " where login = lower(:username) and password_hash is not null"
                + " and connection_mode = 'DIRECT') found order by rank limit 1")
        .bind("username", username)
        .map(AdminUsers::toUser)
        .one();
  }

  Mono<Boolean> anyExists() {
    return db.sql("select exists (select 1 from admin_user) as present")
        .map(row -> row.get("present", Boolean.class))
        .one();
  }

  /** An administrator has just signed in: the list of administrators shows when. */
  Mono<Void> signedIn(UUID id, OffsetDateTime at) {
    return db.sql("update admin_user set last_sign_in_at = :at where id = :id")
        .bind("at", at)
        .bind("id", id)
        .then();
  }

  /** Inserts an administrator unless one with that name exists; true when inserted. */
  Mono<Boolean> insert(String username, String passwordHash) {
    return db.sql(
            "insert into admin_user (username, display_name, password_hash)"
                + " values (:username, :username, :hash)"
                + " on conflict do nothing")
        .bind("username", username)
        .bind("hash", passwordHash)
        .fetch()
        .rowsUpdated()
        .map(count -> count > 0);
  }

  private static AdminUser toUser(Readable row) {
    return new AdminUser(
        row.get("id", UUID.class),
        row.get("username", String.class),
        row.get("display_name", String.class),
        row.get("password_hash", String.class),
        row.get("role", String.class));
  }
}
