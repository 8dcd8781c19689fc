package fr.sesame.activation;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The credential and account rows an activation reads and changes, and its sessions. */
@Repository
class ActivationRepository {

  static final int MAX_WRONG_CODES = 5;

  private final DatabaseClient db;

  ActivationRepository(DatabaseClient db) {
    this.db = db;
  }

  /** A letter as activation sees it. {@code usable}: live, unexpired, for a direct account. */
  record Letter(
      UUID credentialId,
      UUID accountId,
      LetterVariant variant,
      boolean usable,
      String login,
      String firstName,
      String lastName,
      OffsetDateTime expiresAt,
      AccountKind kind) {

    String displayName() {
      return firstName + " " + lastName;
    }
  }

  Mono<Letter> findLetter(UUID credentialId, OffsetDateTime now) {
    return db.sql(
            """
            select c.id, c.account_id, c.variant, c.expires_at, a.login, a.first_name, a.last_name,
            a.kind,
            (credential_is_live(c.state)
            and c.expires_at > :now and a.connection_mode = 'DIRECT'
            and a.password_state <> 'PERSONALISED') as usable
            from credential c join account a on a.id = c.account_id where c.id = :id
            """)
        .bind("id", credentialId)
        .bind("now", now)
        .map(
            row ->
                new Letter(
                    row.get("id", UUID.class),
                    row.get("account_id", UUID.class),
                    LetterVariant.valueOf(row.get("variant", String.class)),
                    Boolean.TRUE.equals(row.get("usable", Boolean.class)),
                    row.get("login", String.class),
                    row.get("first_name", String.class),
                    row.get("last_name", String.class),
                    row.get("expires_at", OffsetDateTime.class),
                    AccountKind.valueOf(row.get("kind", String.class))))
        .one();
  }

  /** The live letter without QR code of the account with this login, if any. */
  /**
   * The credentials whose id starts with these 8 bytes, as a QR token names them: a range of the
   * primary key's index (PostgreSQL orders uuids byte by byte).
   */
  Flux<UUID> findByIdPrefix(long mostSignificantBits) {
    return db.sql("select id from credential where id between :low and :high limit 4")
        .bind("low", new UUID(mostSignificantBits, 0L))
        .bind("high", new UUID(mostSignificantBits, -1L))
        .map(row -> row.get("id", UUID.class))
        .all();
  }

  /** The live letter of this login, with or without QR code: both print the activation code. */
  Mono<UUID> findLiveLetter(String login, OffsetDateTime now) {
    return db.sql(
            """
            select c.id from credential c join account a on a.id = c.account_id
            where a.login = lower(:login)
            and credential_is_live(c.state)
            and c.expires_at > :now
            """)
        .bind("login", login)
        .bind("now", now)
        .map(row -> row.get("id", UUID.class))
        .one();
  }

  /**
   * Counts a try before the code is compared, so parallel guesses cannot exceed the limit: answers
   * the tries so far, or nothing when the letter is no longer live or has none left.
   */
  Mono<Integer> reserveTry(UUID credentialId, OffsetDateTime now) {
    return db.sql(
            """
            update credential set failed_attempts = failed_attempts + 1
            where id = :id and credential_is_live(state)
            and expires_at > :now and failed_attempts <
            """
                + MAX_WRONG_CODES
                + " returning failed_attempts")
        .bind("id", credentialId)
        .bind("now", now)
        .map(row -> row.get("failed_attempts", Integer.class))
        .one();
  }

  /**
   * The try was a wrong code: the letter is opened, or locked once no try is left. True when this
   * try locked it (once per letter: a locked letter is no longer live).
   */
  Mono<Boolean> wrongCode(UUID credentialId, OffsetDateTime now) {
    return db.sql(
            "update credential set state_changed_at = :now, state = case when failed_attempts >= "
                + MAX_WRONG_CODES
                + " then 'LOCKED' when state in ('ISSUED', 'DELIVERED') then 'OPENED' else state end"
                + " where id = :id and credential_is_live(state)"
                + " returning state")
        .bind("id", credentialId)
        .bind("now", now)
        .map(row -> "LOCKED".equals(row.get("state", String.class)))
        .one()
        .defaultIfEmpty(false);
  }

  /**
   * The try was the right code: the letter is verified, if still live, and the try given back when
   * one was counted (the typed path counts none).
   */
  Mono<Boolean> markVerified(UUID credentialId, OffsetDateTime now, boolean tryCounted) {
    return db.sql(
            """
            update credential set state = 'CODE_VERIFIED', state_changed_at = :now,
            failed_attempts = failed_attempts - :refund where id = :id
            and credential_is_live(state) and expires_at > :now
            """)
        .bind("id", credentialId)
        .bind("now", now)
        .bind("refund", tryCounted ? 1 : 0)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  /** Uses the letter up; true for exactly one caller, however many try at once. */
  Mono<Boolean> consume(UUID credentialId, OffsetDateTime now) {
    return db.sql(
            """
            update credential set state = 'USED', state_changed_at = :now
            where id = :id and state = 'CODE_VERIFIED' and expires_at > :now
            """)
        .bind("id", credentialId)
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  /** Stores the chosen password; the account's other letters stop working. */
  Mono<Void> personalise(UUID accountId, String passwordHash, OffsetDateTime now) {
    return db.sql(
            """
            update account set password_hash = :hash, password_state = 'PERSONALISED',
            updated_at = :now where id = :id
            """)
        .bind("hash", passwordHash)
        .bind("now", now)
        .bind("id", accountId)
        .then()
        .then(
            db.sql(
                    """
                    update credential set state = 'REVOKED', state_changed_at = :now
                    where account_id = :id and credential_is_live(state)
                    """)
                .bind("now", now)
                .bind("id", accountId)
                .then());
  }

  /** Ends the account's console sessions but the one given (by the SHA-256 of its cookie). */
  Mono<Void> endOtherSessions(UUID accountId, String keptSessionHash) {
    return db.sql("delete from web_session where account_id = :id and id_hash <> :kept")
        .bind("id", accountId)
        .bind("kept", keptSessionHash)
        .then();
  }

  Mono<String> passwordHash(UUID accountId) {
    return db.sql("select password_hash from account where id = :id")
        .bind("id", accountId)
        .map(row -> row.get("password_hash", String.class))
        .one();
  }

  Mono<Void> insertSession(String idHash, UUID credentialId, OffsetDateTime expiresAt) {
    return db.sql(
            """
            insert into activation_session (id_hash, credential_id, expires_at)
            values (:hash, :credential, :expires)
            """)
        .bind("hash", idHash)
        .bind("credential", credentialId)
        .bind("expires", expiresAt)
        .then();
  }

  /** The session's letter, if the session is current and its letter still verified. */
  Mono<Letter> findSession(String idHash, OffsetDateTime now) {
    return db.sql(
            """
            select s.credential_id from activation_session s join credential c
            on c.id = s.credential_id where s.id_hash = :hash and s.expires_at > :now
            and c.state = 'CODE_VERIFIED'
            """)
        .bind("hash", idHash)
        .bind("now", now)
        .map(row -> row.get("credential_id", UUID.class))
        .one()
        .flatMap(credentialId -> findLetter(credentialId, now));
  }

  Mono<Void> deleteSessions(UUID credentialId, OffsetDateTime now) {
    return db.sql(
            """
            delete from activation_session where credential_id = :credential
            or expires_at < :now
            """)
        .bind("credential", credentialId)
        .bind("now", now)
        .then();
  }
}
