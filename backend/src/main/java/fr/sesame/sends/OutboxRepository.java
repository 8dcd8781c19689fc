package fr.sesame.sends;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The e-mail outbox: recipient rows of channel EMAIL not yet delivered. A row is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so instances share the work without sending twice; a
 * lease that runs out (the process died) makes the row claimable again.
 */
@Repository
class OutboxRepository {

  private final DatabaseClient db;
  private final SendCompletion completion;
  private final TransactionalOperator transaction;

  OutboxRepository(
      DatabaseClient db, SendCompletion completion, TransactionalOperator transaction) {
    this.db = db;
    this.completion = completion;
    this.transaction = transaction;
  }

  record Item(UUID sendId, UUID accountId, UUID credentialId, int attempts) {}

  Flux<Item> claim(OffsetDateTime now, OffsetDateTime leaseUntil, int batch) {
    return db.sql(
            """
            update send_recipient r set lease_until = :lease, attempts = r.attempts + 1
            from (select q.send_id, q.account_id from send_recipient q
            join send s on s.id = q.send_id
            where q.channel = 'EMAIL' and q.delivered_at is null and q.error is null
            and q.next_attempt_at <= :now and (q.lease_until is null or q.lease_until < :now)
            and s.state = 'RUNNING' order by q.next_attempt_at limit :batch
            for update of q skip locked) c
            where r.send_id = c.send_id and r.account_id = c.account_id
            returning r.send_id, r.account_id, r.credential_id, r.attempts
            """)
        .bind("now", now)
        .bind("lease", leaseUntil)
        .bind("batch", batch)
        .map(
            row ->
                new Item(
                    row.get("send_id", UUID.class),
                    row.get("account_id", UUID.class),
                    row.get("credential_id", UUID.class),
                    row.get("attempts", Integer.class)))
        .all();
  }

  /**
   * Sent, several of one send: each counted once (and never if it had ended as failed), its letter
   * delivered, the send done when nothing is left — in one transaction, so that a send is never
   * seen done before its last count, and with one commit (one flush to disk) for them all.
   */
  Mono<Void> deliveredAll(UUID sendId, List<Item> items, OffsetDateTime now) {
    UUID[] accounts = items.stream().map(Item::accountId).toArray(UUID[]::new);
    return db.sql(
            """
            with sent as (update send_recipient set delivered_at = :now, lease_until = null
            where send_id = :send and account_id = any(:accounts) and delivered_at is null
            and error is null returning credential_id),
            letters as (update credential set state = 'DELIVERED', state_changed_at = :now
            where id in (select credential_id from sent) and state = 'ISSUED')
            update send set done = done + (select count(*) from sent) where id = :send
            """)
        .bind("now", now)
        .bind("send", sendId)
        .bind("accounts", accounts)
        .then()
        .then(completeIfFinished(sendId))
        .as(transaction::transactional);
  }

  /** Not sent this time: tried again from {@code nextAttempt}; the reason shows meanwhile. */
  Mono<Void> retry(Item item, OffsetDateTime nextAttempt, String error) {
    return db.sql(
            """
            update send_recipient set lease_until = null, next_attempt_at = :next,
            last_error = :error where send_id = :send and account_id = :account
            """)
        .bind("next", nextAttempt)
        .bind("error", error)
        .bind("send", item.sendId())
        .bind("account", item.accountId())
        .then();
  }

  /**
   * Given up, with the reason; counted once (and never if it had been delivered), in one
   * transaction as for a delivery.
   */
  Mono<Void> failed(Item item, String error) {
    return db.sql(
            """
            update send_recipient set error = :error, lease_until = null
            where send_id = :send and account_id = :account and error is null
            and delivered_at is null
            """)
        .bind("error", error)
        .bind("send", item.sendId())
        .bind("account", item.accountId())
        .fetch()
        .rowsUpdated()
        .flatMap(
            updated ->
                updated == 0
                    ? Mono.empty()
                    : db.sql("update send set failed = failed + 1 where id = :send")
                        .bind("send", item.sendId())
                        .then())
        .then(completeIfFinished(item.sendId()))
        .as(transaction::transactional);
  }

  /**
   * The server refused the address for good: no more tries, the letter joins the send's print pile
   * with the server's answer; counted once, in one transaction as for a delivery. False when it had
   * already ended.
   */
  Mono<Boolean> refused(Item item, String answer) {
    return db.sql(
            """
            update send_recipient set refused = :answer, channel = 'PDF', lease_until = null
            where send_id = :send and account_id = :account and channel = 'EMAIL'
            and delivered_at is null and error is null
            """)
        .bind("answer", answer)
        .bind("send", item.sendId())
        .bind("account", item.accountId())
        .fetch()
        .rowsUpdated()
        .flatMap(
            updated ->
                updated == 0
                    ? Mono.just(false)
                    : db.sql(
                            """
                            update send set refused = refused + 1, to_print = to_print + 1,
                            done = done + 1 where id = :send
                            """)
                        .bind("send", item.sendId())
                        .then()
                        .thenReturn(true))
        .flatMap(changed -> completeIfFinished(item.sendId()).thenReturn(changed))
        .as(transaction::transactional);
  }

  /** The send is DONE once no e-mail is left; the webhooks are told in the same transaction. */
  private Mono<Void> completeIfFinished(UUID sendId) {
    return db.sql(
            """
            update send set state = 'DONE' where id = :send and state = 'RUNNING'
            and not exists (select 1 from send_recipient where send_id = :send
            and channel = 'EMAIL' and delivered_at is null and error is null)
            returning
            """
                + SendCompletion.COLUMNS)
        .bind("send", sendId)
        .map(SendCompletion::read)
        .one()
        .flatMap(completion::publish);
  }
}
