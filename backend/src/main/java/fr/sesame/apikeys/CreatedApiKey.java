package fr.sesame.apikeys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The answer to creating a key: the only time its secret {@code key} is shown. */
record CreatedApiKey(
    UUID id,
    String name,
    String prefix,
    List<ApiKeyScope> scopes,
    OffsetDateTime expiresAt,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime lastUsedAt,
    OffsetDateTime revokedAt,
    String key) {

  static CreatedApiKey of(ApiKey stored, String key) {
    return new CreatedApiKey(
        stored.id(),
        stored.name(),
        stored.prefix(),
        stored.scopes(),
        stored.expiresAt(),
        stored.createdAt(),
        stored.createdBy(),
        stored.lastUsedAt(),
        stored.revokedAt(),
        key);
  }
}
