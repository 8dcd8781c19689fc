package fr.sesame.security;

import fr.sesame.web.ProblemWriter;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The rules of DESIGN §3 (8–10) for the console and the API. The activation page's calls have a
 * chain of their own (see {@code fr.sesame.activation.ActivationSecurity}).
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * The activation page's calls: a session of their own (a verified letter, which may only choose
   * its password), the same CSRF protection and headers as the console.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain activationFilterChain(
      ServerHttpSecurity http,
      @Qualifier("activationSessions") ServerSecurityContextRepository sessions,
      SecureTokens tokens,
      ProblemWriter problemWriter) {
    return common(
            http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/activation/**"))
                .securityContextRepository(sessions),
            tokens,
            new SecurityProblems(problemWriter))
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(HttpMethod.GET, "/api/activation/policy")
                    .permitAll()
                    .pathMatchers(HttpMethod.GET, "/api/activation/logo")
                    .permitAll()
                    .pathMatchers(HttpMethod.POST, "/api/activation/verify")
                    .permitAll()
                    .pathMatchers(HttpMethod.POST, "/api/activation/password")
                    .hasAuthority("ACTIVATION")
                    .anyExchange()
                    .denyAll())
        .build();
  }

  /**
   * Calls made with an API key ({@code Authorization: Bearer sk_…}): stateless, no cookie and no
   * CSRF token, each call within the key's scopes.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  SecurityWebFilterChain apiKeyFilterChain(
      ServerHttpSecurity http, ApiKeyAuthentication keys, ProblemWriter problemWriter) {
    SecurityProblems problems = new SecurityProblems(problemWriter);
    return headers(
            http.securityMatcher(
                    exchange ->
                        exchange.getRequest().getPath().value().startsWith("/api/")
                                && keys.carriesKey(exchange)
                            ? ServerWebExchangeMatcher.MatchResult.match()
                            : ServerWebExchangeMatcher.MatchResult.notMatch())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .addFilterAt(keys::filter, SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(
                    errors ->
                        errors.authenticationEntryPoint(problems).accessDeniedHandler(problems)))
        .authorizeExchange(keys::authorize)
        .build();
  }

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      DatabaseSessions sessions,
      SecureTokens tokens,
      ProblemWriter problemWriter) {
    return common(
            http.securityContextRepository(sessions), tokens, new SecurityProblems(problemWriter))
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/logout")
                    .permitAll()
                    // An administrator's one-time link to set their password: the link is the
                    // proof.
                    .pathMatchers(HttpMethod.POST, "/api/auth/password-link/**")
                    .permitAll()
                    // Anyone signed in changes their own password; an administrator given a
                    // password by someone else may do nothing else until they have.
                    .pathMatchers(HttpMethod.POST, "/api/auth/password")
                    .hasAnyRole("RECIPIENT", "ADMIN", "PASSWORD_CHANGE_REQUIRED")
                    .pathMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                    .permitAll()
                    .pathMatchers("/api/auth/me")
                    .authenticated()
                    // A recipient's own account; recipients reach nothing else of the API.
                    .pathMatchers("/api/auth/account", "/api/auth/password")
                    .hasRole("RECIPIENT")
                    .pathMatchers("/api/**")
                    .hasRole("ADMIN")
                    .pathMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .pathMatchers("/actuator/**")
                    .denyAll()
                    // The console's static files and the API documentation are public.
                    .anyExchange()
                    .permitAll())
        .build();
  }

  private static ServerHttpSecurity common(
      ServerHttpSecurity http, SecureTokens tokens, SecurityProblems problems) {
    http.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(new CsrfTokens(tokens))
                    .accessDeniedHandler(problems)
                    // The console sends the cookie's value as is (no BREACH masking: it is
                    // never echoed in a compressed body).
                    .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
        .addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    return headers(http);
  }

  private static ServerHttpSecurity headers(ServerHttpSecurity http) {
    return http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
  }
}
