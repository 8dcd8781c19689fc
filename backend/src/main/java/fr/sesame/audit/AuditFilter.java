package fr.sesame.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The journal's filters as a SQL condition with bound parameters. An account's or a send's events
 * are those about it, and bulk actions that list it among their {@code accountIds}.
 */
record AuditFilter(
    String actor,
    String action,
    UUID accountId,
    UUID sendId,
    OffsetDateTime from,
    OffsetDateTime to) {

  record Condition(String sql, Map<String, Object> parameters) {}

  Condition toSql() {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (actor != null && !actor.isBlank()) {
      clauses.add("actor = :actor");
      parameters.put("actor", actor.strip());
    }
    if (action != null && !action.isBlank()) {
      clauses.add("action = :action");
      parameters.put("action", action.strip());
    }
    if (accountId != null) {
      clauses.add(
          "((target_type = 'ACCOUNT' and target_id = :accountId)"
              + " or coalesce(details -> 'accountIds', '[]'::jsonb)"
              + " @> jsonb_build_array(cast(:accountId as text)))");
      parameters.put("accountId", accountId.toString());
    }
    if (sendId != null) {
      clauses.add("target_type = 'SEND' and target_id = :sendId");
      parameters.put("sendId", sendId.toString());
    }
    if (from != null) {
      clauses.add("occurred_at >= :from");
      parameters.put("from", from);
    }
    if (to != null) {
      clauses.add("occurred_at < :to");
      parameters.put("to", to);
    }
    return new Condition(clauses.isEmpty() ? "true" : String.join(" and ", clauses), parameters);
  }
}
