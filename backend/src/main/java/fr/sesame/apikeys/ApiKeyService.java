package fr.sesame.apikeys;

import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.security.SecureTokens;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Making, listing and revoking API keys. */
@Service
class ApiKeyService {

  static final String PREFIX = "sk_";

  private final ApiKeyRepository keys;
  private final SecureTokens tokens;
  private final AuditLog audit;
  private final Clock clock;

  ApiKeyService(ApiKeyRepository keys, SecureTokens tokens, AuditLog audit, Clock clock) {
    this.keys = keys;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  /** A new key: 256 random bits; only their SHA-256 is stored, the secret is answered once. */
  Mono<CreatedApiKey> create(ApiKeyInput input, Actor actor) {
    OffsetDateTime now = now();
    OffsetDateTime expiresAt = input.expiresAt() == null ? now.plusYears(1) : input.expiresAt();
    if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plusYears(1).plusMinutes(1))) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(new ProblemException.FieldError("expiresAt", Message.of("apiKey.expiry")))));
    }
    String key = PREFIX + tokens.urlSafe(32);
    List<ApiKeyScope> scopes = input.scopes().stream().distinct().toList();
    return keys.insert(
            input.name().strip(),
            key.substring(0, PREFIX.length() + 4),
            SecureTokens.sha256(key),
            scopes,
            expiresAt,
            now,
            actor.name())
        .flatMap(
            stored ->
                audit
                    .record(
                        actor,
                        "API_KEY_CREATED",
                        "API_KEY",
                        stored.id(),
                        Map.of(
                            "name", stored.name(),
                            "scopes", scopes.stream().map(ApiKeyScope::value).toList()))
                    .thenReturn(CreatedApiKey.of(stored, key)));
  }

  Mono<List<ApiKey>> list() {
    return keys.list().collectList();
  }

  Mono<Void> revoke(UUID id, Actor actor) {
    return keys.revoke(id, now())
        .switchIfEmpty(
            Mono.error(new ProblemException(ProblemType.NOT_FOUND, Message.of("apiKey.notFound"))))
        .flatMap(
            key ->
                audit.record(actor, "API_KEY_REVOKED", "API_KEY", id, Map.of("name", key.name())));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
