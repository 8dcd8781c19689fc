package fr.sesame.sends;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.Letters;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Sends and their recipients in PostgreSQL. */
@Repository
class SendRepository {

  private static final String COLUMNS =
      "id, state, output, audience, template_id, total, eligible, skipped, done, failed, to_print,"
          + " created_at, created_by, print_printer, print_job_id, print_state, print_message, refused, reminder_of,"
          + " remind_after_days, remind_at, reminded_at";
  // A recipient's state is their letter's, read live (a passed expiry reads as EXPIRED).
  private static final String RECIPIENT_STATE =
      "case when r.error is not null then 'FAILED'"
          + " when credential_is_live(c.state)"
          + " and c.expires_at <= :now then 'EXPIRED' else coalesce(c.state, 'REVOKED') end";

  private final DatabaseClient db;

  SendRepository(DatabaseClient db) {
    this.db = db;
  }

  record NewSend(
      SendState state,
      SendOutput output,
      AccountKind audience,
      UUID templateId,
      int validityDays,
      int total,
      int eligible,
      int skipped,
      int done,
      int toPrint,
      String idempotencyKey,
      String idempotencyCaller,
      String idempotencyHash,
      OffsetDateTime createdAt,
      String createdBy,
      String printer,
      Integer remindAfterDays) {}

  /** Stores a send; the database draws its id. */
  Mono<UUID> insert(NewSend send) {
    return db.sql(
            """
            insert into send (state, output, audience, template_id, validity_days, total,
            eligible, skipped, done, to_print, idempotency_key, idempotency_caller, idempotency_hash,
            created_at, created_by, print_printer, print_state, remind_after_days, remind_at)
            values (:state, :output, :audience, :template, :validity, :total, :eligible, :skipped,
            :done, :toPrint, :key, :keyCaller, :keyHash, :createdAt, :createdBy, :printer, case when :printer::text is null then null
            else 'SUBMITTING' end, :remind::int,
            :createdAt + make_interval(days => :remind::int)) returning id
            """)
        .bind("state", send.state().name())
        .bind("output", send.output().name())
        .bind("audience", send.audience().name())
        .bind("template", send.templateId())
        .bind("validity", send.validityDays())
        .bind("total", send.total())
        .bind("eligible", send.eligible())
        .bind("skipped", send.skipped())
        .bind("done", send.done())
        .bind("toPrint", send.toPrint())
        .bind("key", Parameter.fromOrEmpty(send.idempotencyKey(), String.class))
        .bind("keyCaller", Parameter.fromOrEmpty(send.idempotencyCaller(), String.class))
        .bind("keyHash", Parameter.fromOrEmpty(send.idempotencyHash(), String.class))
        .bind("createdAt", send.createdAt())
        .bind("createdBy", send.createdBy())
        .bind("printer", Parameter.fromOrEmpty(send.printer(), String.class))
        .bind("remind", Parameter.fromOrEmpty(send.remindAfterDays(), Integer.class))
        .map(row -> row.get("id", UUID.class))
        .one();
  }

  /**
   * Recipients in letter order: {@code accountIds[i]} got {@code credentialIds[i]} by {@code
   * channels[i]}; e-mails wait in the outbox from {@code now}.
   */
  Mono<Void> insertRecipients(
      UUID sendId,
      List<UUID> accountIds,
      List<UUID> credentialIds,
      List<SendOutput> channels,
      OffsetDateTime now) {
    if (accountIds.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            """
            insert into send_recipient (send_id, account_id, position, credential_id, channel,
            next_attempt_at) select :send, account, position::int, credential, channel,
            case when channel = 'EMAIL' then :now end from unnest(:accounts, :credentials,
            :channels) with ordinality as r(account, credential, channel, position)
            """)
        .bind("send", sendId)
        .bind("accounts", accountIds.toArray(UUID[]::new))
        .bind("credentials", credentialIds.toArray(UUID[]::new))
        .bind("channels", channels.stream().map(Enum::name).toArray(String[]::new))
        .bind("now", now)
        .then();
  }

  Mono<Send> find(UUID id) {
    return db.sql("select " + COLUMNS + " from send where id = :id")
        .bind("id", id)
        .map(SendRepository::read)
        .one();
  }

  /** The send a caller made with this Idempotency-Key, and the hash of that request's body. */
  record Keyed(UUID id, String requestHash) {}

  Mono<Keyed> findByIdempotencyKey(String caller, String key) {
    return db.sql(
            "select id, idempotency_hash from send where idempotency_caller = :caller"
                + " and idempotency_key = :key")
        .bind("caller", caller)
        .bind("key", key)
        .map(row -> new Keyed(row.get("id", UUID.class), row.get("idempotency_hash", String.class)))
        .one();
  }

  Flux<Send> list(int limit, long offset) {
    return db.sql(
            "select "
                + COLUMNS
                + " from send order by created_at desc, id limit :limit offset :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map(SendRepository::read)
        .all();
  }

  Mono<Long> count() {
    return db.sql("select count(*) as n from send").map(row -> row.get("n", Long.class)).one();
  }

  Flux<SendRecipient> recipients(
      UUID sendId, String state, OffsetDateTime now, int limit, long offset) {
    return db.sql(
            "select * from (select r.account_id, a.first_name || ' ' || a.last_name as display_name,"
                // A pending e-mail shows why its last try failed; a failed one, why it gave up;
                // a refused one, the server's answer (its letter is then to print).
                + " r.channel, coalesce(r.error, r.refused, r.last_error) as error, r.position, "
                + RECIPIENT_STATE
                + " as state from send_recipient r join account a on a.id = r.account_id"
                + " left join credential c on c.id = r.credential_id where r.send_id = :send) s"
                + " where (:state = '' or s.state = :state) order by s.position"
                + " limit :limit offset :offset")
        .bind("send", sendId)
        .bind("state", state == null ? "" : state)
        .bind("now", now)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(
            row ->
                new SendRecipient(
                    row.get("account_id", UUID.class),
                    row.get("display_name", String.class),
                    row.get("state", String.class),
                    SendOutput.valueOf(row.get("channel", String.class)),
                    row.get("error", String.class)))
        .all();
  }

  Mono<Long> countRecipients(UUID sendId, String state, OffsetDateTime now) {
    return db.sql(
            """
            select count(*) as n from send_recipient r left join credential c
            on c.id = r.credential_id where r.send_id = :send and (:state = '' or
            """
                + RECIPIENT_STATE
                + " = :state)")
        .bind("send", sendId)
        .bind("state", state == null ? "" : state)
        .bind("now", now)
        .map(row -> row.get("n", Long.class))
        .one();
  }

  /** The send's letters to print (not those mailed), in order: account and credential ids. */
  Flux<Letters.Addressee> letters(UUID sendId) {
    return db.sql(
            """
            select account_id, credential_id from send_recipient where send_id = :send
            and credential_id is not null and channel <> 'EMAIL' order by position
            """)
        .bind("send", sendId)
        .map(
            row ->
                new Letters.Addressee(
                    row.get("account_id", UUID.class), row.get("credential_id", UUID.class)))
        .all();
  }

  /** Cancels a send that has not finished; false when it had. */
  Mono<Boolean> cancel(UUID id) {
    return db.sql(
            "update send set state = 'CANCELLED' where id = :id and state in ('PENDING', 'RUNNING')")
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  private static Send read(Readable row) {
    return new Send(
        row.get("id", UUID.class),
        SendState.valueOf(row.get("state", String.class)),
        SendOutput.valueOf(row.get("output", String.class)),
        AccountKind.valueOf(row.get("audience", String.class)),
        row.get("template_id", UUID.class),
        row.get("total", Integer.class),
        row.get("eligible", Integer.class),
        row.get("skipped", Integer.class),
        row.get("done", Integer.class),
        row.get("failed", Integer.class),
        row.get("to_print", Integer.class),
        row.get("created_at", OffsetDateTime.class),
        row.get("created_by", String.class),
        row.get("print_printer", String.class) == null
            ? null
            : new PrintJob(
                row.get("print_printer", String.class),
                row.get("print_job_id", Integer.class),
                row.get("print_state", String.class),
                row.get("print_message", String.class)),
        row.get("refused", Integer.class),
        row.get("reminder_of", UUID.class),
        row.get("remind_after_days", Integer.class),
        row.get("remind_at", OffsetDateTime.class),
        row.get("reminded_at", OffsetDateTime.class));
  }
}
