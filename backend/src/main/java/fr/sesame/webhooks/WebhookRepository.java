package fr.sesame.webhooks;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Webhooks and their delivery log in PostgreSQL. A deleted webhook is kept, marked deleted. */
@Repository
class WebhookRepository {

  private static final String COLUMNS = "id, url, events, created_at, created_by";

  private final DatabaseClient db;

  WebhookRepository(DatabaseClient db) {
    this.db = db;
  }

  Mono<Webhook> insert(
      String url, List<String> events, String secret, OffsetDateTime now, String by) {
    return db.sql(
            """
            insert into webhook (url, events, secret, created_at, created_by)
            values (:url, :events, :secret, :now, :by) returning
            """
                + COLUMNS)
        .bind("url", url)
        .bind("events", events.toArray(String[]::new))
        .bind("secret", secret)
        .bind("now", now)
        .bind("by", by)
        .map(WebhookRepository::read)
        .one();
  }

  Flux<Webhook> live() {
    return db.sql(
            "select " + COLUMNS + " from webhook where deleted_at is null order by created_at, id")
        .map(WebhookRepository::read)
        .all();
  }

  Mono<Boolean> exists(UUID id) {
    return db.sql("select 1 from webhook where id = :id and deleted_at is null")
        .bind("id", id)
        .map(row -> true)
        .one()
        .defaultIfEmpty(false);
  }

  /** Marks the webhook deleted and gives up its pending deliveries; false when there was none. */
  Mono<Boolean> delete(UUID id, OffsetDateTime now) {
    return db.sql("update webhook set deleted_at = :now where id = :id and deleted_at is null")
        .bind("now", now)
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .flatMap(
            deleted ->
                deleted == 0
                    ? Mono.just(false)
                    : db.sql(
                            """
                            update webhook_delivery set state = 'FAILED', next_attempt_at = null,
                            last_error = 'The webhook was deleted.'
                            where webhook_id = :id and state = 'PENDING'
                            """)
                        .bind("id", id)
                        .then()
                        .thenReturn(true));
  }

  Flux<WebhookDelivery> deliveries(UUID webhookId, int limit, long offset) {
    return db.sql(
            """
            select id, event_type, event_id, state, attempts, last_status, last_error,
            created_at, delivered_at, next_attempt_at from webhook_delivery
            where webhook_id = :webhook order by created_at desc, seq desc
            limit :limit offset :offset
            """)
        .bind("webhook", webhookId)
        .bind("limit", limit)
        .bind("offset", offset)
        .map(
            row ->
                new WebhookDelivery(
                    row.get("id", UUID.class),
                    row.get("event_type", String.class),
                    row.get("event_id", UUID.class),
                    row.get("state", String.class),
                    row.get("attempts", Integer.class),
                    row.get("last_status", Integer.class),
                    row.get("last_error", String.class),
                    row.get("created_at", OffsetDateTime.class),
                    row.get("delivered_at", OffsetDateTime.class),
                    "PENDING".equals(row.get("state", String.class))
                        ? row.get("next_attempt_at", OffsetDateTime.class)
                        : null))
        .all();
  }

  Mono<Long> countDeliveries(UUID webhookId) {
    return db.sql("select count(*) as n from webhook_delivery where webhook_id = :webhook")
        .bind("webhook", webhookId)
        .map(row -> row.get("n", Long.class))
        .one();
  }

  private static Webhook read(Readable row) {
    return new Webhook(
        row.get("id", UUID.class),
        row.get("url", String.class),
        List.of(row.get("events", String[].class)),
        row.get("created_at", OffsetDateTime.class),
        row.get("created_by", String.class));
  }
}
