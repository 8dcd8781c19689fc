package fr.sesame.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answer to a registration: the webhook and its signing secret, shown this once. */
record CreatedWebhook(
    UUID id,
    String url,
    List<String> events,
    OffsetDateTime createdAt,
    String createdBy,
    String secret) {

  CreatedWebhook(Webhook webhook, String secret) {
    this(
        webhook.id(),
        webhook.url(),
        webhook.events(),
        webhook.createdAt(),
        webhook.createdBy(),
        secret);
  }
}
