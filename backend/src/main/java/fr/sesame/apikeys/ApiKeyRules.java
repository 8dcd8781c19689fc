package fr.sesame.apikeys;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/** Which scope each call needs; whatever is not listed is refused to keys. */
final class ApiKeyRules {

  private ApiKeyRules() {}

  static void apply(AuthorizeExchangeSpec exchanges) {
    exchanges
        // A letter's QR code or PDF opens the account: only for keys that may issue letters.
        .pathMatchers(HttpMethod.GET, "/api/accounts/*/credentials/**")
        .hasAuthority(ApiKeyScope.ACCOUNTS_WRITE.authority())
        .pathMatchers(HttpMethod.GET, "/api/accounts", "/api/accounts/**")
        .hasAuthority(ApiKeyScope.ACCOUNTS_READ.authority())
        .pathMatchers("/api/accounts", "/api/accounts/**")
        .hasAuthority(ApiKeyScope.ACCOUNTS_WRITE.authority())
        .pathMatchers(HttpMethod.GET, "/api/templates", "/api/templates/**")
        .hasAuthority(ApiKeyScope.TEMPLATES_READ.authority())
        .pathMatchers(HttpMethod.POST, "/api/templates/*/preview")
        .hasAuthority(ApiKeyScope.TEMPLATES_READ.authority())
        // The send's letters, each with its QR token and code: for keys that may issue letters.
        .pathMatchers(HttpMethod.GET, "/api/sends/*/document")
        .hasAuthority(ApiKeyScope.SENDS_WRITE.authority())
        .pathMatchers(HttpMethod.GET, "/api/sends", "/api/sends/**", "/api/printer")
        .hasAuthority(ApiKeyScope.SENDS_READ.authority())
        // Counts only, as the contract says: a reader of sends may ask.
        .pathMatchers(HttpMethod.POST, "/api/sends/*/reminders/dry-run")
        .hasAuthority(ApiKeyScope.SENDS_READ.authority())
        .pathMatchers(HttpMethod.POST, "/api/sends", "/api/sends/**")
        .hasAuthority(ApiKeyScope.SENDS_WRITE.authority())
        .pathMatchers(HttpMethod.GET, "/api/audit-events", "/api/audit-events/**")
        .hasAuthority(ApiKeyScope.AUDIT_READ.authority())
        .anyExchange()
        .denyAll();
  }
}
