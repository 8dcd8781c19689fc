package fr.sesame.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of the account list and export, turned into a SQL condition with bound parameters.
 * Every word of {@code q} must appear in the folded names, login or e-mail.
 */
record AccountFilter(
    String q,
    AccountKind kind,
    String className,
    ConnectionMode connectionMode,
    PasswordState passwordState,
    Boolean hasEmail,
    AccountStatus status) {

  AccountFilter(
      String q,
      AccountKind kind,
      String className,
      ConnectionMode connectionMode,
      PasswordState passwordState,
      Boolean hasEmail) {
    this(q, kind, className, connectionMode, passwordState, hasEmail, null);
  }

  /** A SQL condition and its parameters. */
  record Condition(String sql, Map<String, Object> parameters) {}

  Condition toSql() {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (q != null && !q.isBlank()) {
      String[] words = Text.fold(q).strip().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        clauses.add("a.search_text like :q" + i + " escape '\\'");
        parameters.put("q" + i, "%" + escapeLike(words[i]) + "%");
      }
    }
    if (kind != null) {
      clauses.add("a.kind = :kind");
      parameters.put("kind", kind.name());
    }
    if (className != null && !className.isBlank()) {
      clauses.add("a.class_name = :className");
      parameters.put("className", className.strip());
    }
    if (connectionMode != null) {
      clauses.add("a.connection_mode = :connectionMode");
      parameters.put("connectionMode", connectionMode.name());
    }
    if (passwordState != null) {
      clauses.add("a.password_state = :passwordState");
      parameters.put("passwordState", passwordState.name());
    }
    if (status != null) {
      clauses.add("a.status = :status");
      parameters.put("status", status.name());
    }
    if (hasEmail != null) {
      clauses.add(hasEmail ? "a.email is not null" : "a.email is null");
    }
    String sql = clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    return new Condition(sql, parameters);
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
