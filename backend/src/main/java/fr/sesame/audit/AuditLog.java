package fr.sesame.audit;

import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events. Callers pass only what is safe to keep forever: ids, names, counts and field
 * names, never a password, code, token or key.
 */
@Component
public class AuditLog {

  private final DatabaseClient db;
  private final JsonMapper json;
  private final Clock clock;

  AuditLog(DatabaseClient db, JsonMapper json, Clock clock) {
    this.db = db;
    this.json = json;
    this.clock = clock;
  }

  public Mono<Void> record(
      Actor actor, String action, String targetType, Object targetId, Map<String, ?> details) {
    return db.sql(
            "insert into audit_event"
                + " (occurred_at, actor, actor_display_name, action, target_type, target_id,"
                + " client_address, details)"
                + " values (:at, :actor, :displayName, :action, :targetType, :targetId, :address,"
                + " :details)")
        .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
        .bind("actor", actor.name())
        .bind("displayName", Parameter.fromOrEmpty(actor.displayName(), String.class))
        .bind("action", action)
        .bind("targetType", Parameter.fromOrEmpty(targetType, String.class))
        .bind(
            "targetId",
            Parameter.fromOrEmpty(targetId == null ? null : targetId.toString(), String.class))
        .bind("address", Parameter.fromOrEmpty(actor.address(), String.class))
        .bind("details", Json.of(json.writeValueAsString(details == null ? Map.of() : details)))
        .then();
  }
}
