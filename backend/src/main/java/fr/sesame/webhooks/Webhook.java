package fr.sesame.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A registered webhook, as listed: never its secret. */
record Webhook(
    UUID id, String url, List<String> events, OffsetDateTime createdAt, String createdBy) {}
