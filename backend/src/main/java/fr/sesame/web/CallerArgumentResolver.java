package fr.sesame.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Lets a controller take the {@link Caller} of the request: an administrator or an API key. */
@Configuration
class CallerArgumentResolver implements HandlerMethodArgumentResolver, WebFluxConfigurer {

  static {
    // Resolved from the session or the key, not sent by the client.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
    return exchange
        .getPrincipal()
        .<Object>flatMap(
            principal ->
                principal instanceof Authentication authentication
                        && authentication.getPrincipal() instanceof Caller caller
                    ? Mono.just(caller)
                    : Mono.empty())
        .switchIfEmpty(
            Mono.error(
                new ProblemException(ProblemType.UNAUTHENTICATED, Message.of("auth.required"))));
  }
}
