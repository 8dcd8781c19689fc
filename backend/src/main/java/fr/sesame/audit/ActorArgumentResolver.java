package fr.sesame.audit;

import fr.sesame.security.UserPrincipal;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.security.Principal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lets a controller take the {@link Actor} of the request as a parameter: who is signed in, from
 * which address. One place decides what the audit records about the person acting.
 */
@Component
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

  static {
    // Resolved from the session, not sent by the client: not part of the API description.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
  }

  private static String displayName(Principal principal) {
    return principal instanceof Authentication authentication
            && authentication.getPrincipal() instanceof UserPrincipal user
        ? user.displayName()
        : null;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .<Object>map(
            principal ->
                Actor.of(principal.getName(), displayName(principal), exchange.getRequest()))
        .switchIfEmpty(
            Mono.error(
                new ProblemException(ProblemType.UNAUTHENTICATED, Message.of("auth.required"))));
  }
}
