package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemException.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code sort=field,asc|desc} for the account list, mapped to columns the client cannot choose. */
final class AccountSort {

  private static final Map<String, String> COLUMNS =
      Map.of(
          "lastName", "a.last_name_key %1$s, a.first_name_key %1$s",
          "firstName", "a.first_name_key %1$s, a.last_name_key %1$s",
          "login", "a.login %1$s",
          "kind", "a.kind %1$s, a.last_name_key %1$s",
          "className", "a.class_name %1$s nulls last, a.last_name_key %1$s",
          "email", "a.email %1$s nulls last");

  private AccountSort() {}

  /** An {@code order by} clause, always ending with the id so pages never overlap. */
  static String orderBy(String sort) {
    String value = sort == null || sort.isBlank() ? "lastName,asc" : sort.strip();
    String[] parts = value.split(",");
    String field = parts[0].strip();
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (!COLUMNS.containsKey(field) || !(direction.equals("asc") || direction.equals("desc"))) {
      throw ProblemException.invalidFields(
          List.of(
              new FieldError(
                  "sort",
                  Message.of(
                      "sort.invalid",
                      String.join(", ", COLUMNS.keySet().stream().sorted().toList())))));
    }
    return COLUMNS.get(field).formatted(direction) + ", a.id";
  }
}
