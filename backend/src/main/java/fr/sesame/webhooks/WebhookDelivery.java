package fr.sesame.webhooks;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event for one webhook: {@code PENDING} until a {@code 2xx}, then {@code DELIVERED}; {@code
 * FAILED} after the last try. {@code eventId} is the same at every try, for the receiver to drop
 * duplicates; {@code nextAttemptAt} only while pending.
 */
record WebhookDelivery(
    UUID id,
    String event,
    UUID eventId,
    String state,
    int attempts,
    Integer lastStatus,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime deliveredAt,
    OffsetDateTime nextAttemptAt) {}
