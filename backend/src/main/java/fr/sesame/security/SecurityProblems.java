package fr.sesame.security;

import fr.sesame.web.Message;
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
        exchange, new ProblemException(ProblemType.UNAUTHENTICATED, Message.of("auth.required")));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    if (denied instanceof CsrfException) {
      return writer.write(
          exchange,
          new ProblemException(ProblemType.CSRF_TOKEN_INVALID, Message.of("csrf.invalid")));
    }
    return writer.write(
        exchange, new ProblemException(ProblemType.FORBIDDEN, Message.of("role.forbidden")));
  }
}
