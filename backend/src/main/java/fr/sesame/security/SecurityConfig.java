package fr.sesame.security;

import fr.sesame.web.ProblemWriter;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/** The rules of DESIGN §3 (8–10) for the console and the API. */
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

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      DatabaseSessions sessions,
      SecureTokens tokens,
      ProblemWriter problemWriter) {
    SecurityProblems problems = new SecurityProblems(problemWriter);
    return http.securityContextRepository(sessions)
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
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
            errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
        .authorizeExchange(
            exchanges ->
                exchanges
                    .pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/logout")
                    .permitAll()
                    .pathMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**")
                    .permitAll()
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
}
