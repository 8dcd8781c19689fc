package fr.sesame.apikeys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a key may do; each is an authority {@code SCOPE_<value>} of the key's requests. */
public enum ApiKeyScope {
  ACCOUNTS_READ("accounts:read"),
  ACCOUNTS_WRITE("accounts:write"),
  TEMPLATES_READ("templates:read"),
  SENDS_READ("sends:read"),
  SENDS_WRITE("sends:write"),
  AUDIT_READ("audit:read");

  private final String value;

  ApiKeyScope(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public String authority() {
    return "SCOPE_" + value;
  }

  @JsonCreator
  public static ApiKeyScope of(String value) {
    return Arrays.stream(values())
        .filter(scope -> scope.value.equals(value))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown scope " + value));
  }
}
