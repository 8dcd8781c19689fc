package fr.sesame.apikeys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A key as the console lists it: never its secret, only the first characters to recognise it. */
record ApiKey(
    UUID id,
    String name,
    String prefix,
    List<ApiKeyScope> scopes,
    OffsetDateTime expiresAt,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime lastUsedAt,
    OffsetDateTime revokedAt) {}
