package fr.sesame.webhooks;

import fr.sesame.credentials.SecretBox;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The webhook outbox: {@code PENDING} deliveries of live webhooks. A row is claimed with {@code FOR
 * UPDATE SKIP LOCKED} and a lease, so instances share the work without posting twice; a lease that
 * runs out (the process died) makes the row claimable again.
 */
@Repository
class DeliveryRepository {

  private final DatabaseClient db;
  private final SecretBox box;

  DeliveryRepository(DatabaseClient db, SecretBox box) {
    this.db = db;
    this.box = box;
  }

  /** A claimed delivery, with what posting it needs; {@code attempts} counts this one. */
  record Item(
      UUID id, UUID eventId, String type, String payload, int attempts, String url, String secret) {

    @Override
    public String toString() {
      return "Item[id=" + id + ", type=" + type + ", attempts=" + attempts + "]"; // no secret
    }
  }

  /** One row per live webhook subscribed to the event's type, due at once; answers how many. */
  Mono<Long> enqueue(UUID eventId, String type, String payload, OffsetDateTime now) {
    return db.sql(
            """
            insert into webhook_delivery (webhook_id, event_id, event_type, payload, created_at,
            next_attempt_at) select w.id, :event, :type, :payload, :now, :now
            from webhook w where w.deleted_at is null and :type = any (w.events)
            """)
        .bind("event", eventId)
        .bind("type", type)
        .bind("payload", payload)
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }

  Flux<Item> claim(OffsetDateTime now, OffsetDateTime leaseUntil, int batch) {
    return db.sql(
            """
            update webhook_delivery d set lease_until = :lease, attempts = d.attempts + 1
            from (select q.id from webhook_delivery q join webhook w on w.id = q.webhook_id
            where q.state = 'PENDING' and q.next_attempt_at <= :now
            and (q.lease_until is null or q.lease_until < :now) and w.deleted_at is null
            order by q.next_attempt_at limit :batch for update of q skip locked) c,
            webhook w where d.id = c.id and w.id = d.webhook_id
            returning d.id, d.event_id, d.event_type, d.payload, d.attempts, w.url, w.secret
            """)
        .bind("now", now)
        .bind("lease", leaseUntil)
        .bind("batch", batch)
        .map(
            row ->
                new Item(
                    row.get("id", UUID.class),
                    row.get("event_id", UUID.class),
                    row.get("event_type", String.class),
                    row.get("payload", String.class),
                    row.get("attempts", Integer.class),
                    row.get("url", String.class),
                    // Stored sealed under the server key; opened only to sign.
                    box.open(row.get("secret", String.class))))
        .all();
  }

  /** The receiver answered {@code 2xx}. */
  Mono<Void> delivered(Item item, int status, OffsetDateTime now) {
    return db.sql(
            """
            update webhook_delivery set state = 'DELIVERED', delivered_at = :now, last_status =
            :status, last_error = null, lease_until = null, next_attempt_at = null
            where id = :id and state = 'PENDING'
            """)
        .bind("now", now)
        .bind("status", status)
        .bind("id", item.id())
        .then();
  }

  /** Not delivered this time: tried again from {@code nextAttempt}; the reason shows meanwhile. */
  Mono<Void> retry(Item item, Integer status, String error, OffsetDateTime nextAttempt) {
    return db.sql(
            """
            update webhook_delivery set lease_until = null, next_attempt_at = :next,
            last_status = :status, last_error = :error where id = :id and state = 'PENDING'
            """)
        .bind("next", nextAttempt)
        .bind("status", Parameter.fromOrEmpty(status, Integer.class))
        .bind("error", error)
        .bind("id", item.id())
        .then();
  }

  /** Given up after the last try, with its status and reason. */
  Mono<Void> failed(Item item, Integer status, String error) {
    return db.sql(
            """
            update webhook_delivery set state = 'FAILED', lease_until = null, next_attempt_at =
            null, last_status = :status, last_error = :error
            where id = :id and state = 'PENDING'
            """)
        .bind("status", Parameter.fromOrEmpty(status, Integer.class))
        .bind("error", error)
        .bind("id", item.id())
        .then();
  }
}
