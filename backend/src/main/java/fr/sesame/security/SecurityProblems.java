package fr.sesame.security;

import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import fr.sesame.web.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 and 403 as problem details, like every other error. */
class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  private final ProblemWriter writer;

  SecurityProblems(ProblemWriter writer) {
    this.writer = writer;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException error) {
    return writer.write(
        exchange,
        new ProblemException(ProblemType.UNAUTHENTICATED, "Sign in to use this part of the API."));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    if (denied instanceof CsrfException) {
      return writer.write(
          exchange,
          new ProblemException(
              ProblemType.CSRF_TOKEN_INVALID,
              "Send the value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header."));
    }
    return writer.write(
        exchange,
        new ProblemException(ProblemType.FORBIDDEN, "Your role does not allow this action."));
  }
}
