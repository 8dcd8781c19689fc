package fr.sesame.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Registers the {@link Actor} controller parameter. */
@Configuration
class AuditWebConfig implements WebFluxConfigurer {

  private final ActorArgumentResolver actors;

  AuditWebConfig(ActorArgumentResolver actors) {
    this.actors = actors;
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(actors);
  }
}
