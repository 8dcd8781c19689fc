package fr.sesame.audit;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the journal, newest first. */
@Repository
class AuditEvents {

  private static final String COLUMNS =
      "id, occurred_at, actor, actor_display_name, action, target_type, target_id, client_address, details";

  // The target's name as it is now, so the journal reads « Lefèvre Séverine », not a UUID. Read by
  // table, not through the other modules: the journal only reads, and a deleted target has none.
  private static final String TARGET_NAME =
      """
      case target_type
        when 'ACCOUNT' then (select concat_ws(' ', a.last_name, a.first_name) from account a
          where a.id::text = audit_event.target_id)
        when 'TEMPLATE' then (select t.name from letter_template t
          where t.id::text = audit_event.target_id)
        when 'SEND' then (select t.name from send s join letter_template t on t.id = s.template_id
          where s.id::text = audit_event.target_id)
      end as target_name""";
  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private final DatabaseClient db;
  private final JsonMapper json;

  AuditEvents(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  Flux<AuditEvent> find(AuditFilter filter, Integer limit, long offset) {
    AuditFilter.Condition where = filter.toSql();
    DatabaseClient.GenericExecuteSpec query =
        db.sql(
            "select "
                + COLUMNS
                + ", "
                + TARGET_NAME
                + " from audit_event where "
                + where.sql()
                + " order by occurred_at desc, id desc"
                + (limit == null ? "" : " limit :limit offset :offset"));
    for (Map.Entry<String, Object> parameter : where.parameters().entrySet()) {
      query = query.bind(parameter.getKey(), parameter.getValue());
    }
    if (limit != null) {
      query = query.bind("limit", limit).bind("offset", offset);
    }
    return query.map(this::read).all();
  }

  Mono<Long> count(AuditFilter filter) {
    AuditFilter.Condition where = filter.toSql();
    DatabaseClient.GenericExecuteSpec query =
        db.sql("select count(*) as n from audit_event where " + where.sql());
    for (Map.Entry<String, Object> parameter : where.parameters().entrySet()) {
      query = query.bind(parameter.getKey(), parameter.getValue());
    }
    return query.map(row -> row.get("n", Long.class)).one();
  }

  private AuditEvent read(Readable row) {
    Json details = row.get("details", Json.class);
    return new AuditEvent(
        row.get("id", Long.class),
        row.get("occurred_at", OffsetDateTime.class),
        row.get("actor", String.class),
        row.get("actor_display_name", String.class),
        row.get("action", String.class),
        row.get("target_type", String.class),
        row.get("target_id", String.class),
        row.get("target_name", String.class),
        row.get("client_address", String.class),
        details == null ? Map.of() : json.readValue(details.asString(), DETAILS));
  }
}
