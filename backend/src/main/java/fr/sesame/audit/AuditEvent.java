package fr.sesame.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One line of the journal; an administrator acting is named by username and display name. */
record AuditEvent(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String actorDisplayName,
    String action,
    String targetType,
    String targetId,
    String targetName,
    String clientAddress,
    Map<String, Object> details) {}
