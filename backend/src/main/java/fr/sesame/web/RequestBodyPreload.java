package fr.sesame.web;

import java.lang.reflect.Type;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds, at start-up, the JSON reader of every request body the API accepts. Jackson builds a
 * type's deserializer under a lock the first time it meets the type; requests arriving together
 * would otherwise wait on it on an event-loop thread (BlockHound caught it with parallel calls).
 */
@Component
class RequestBodyPreload {

  private final List<RequestMappingHandlerMapping> mappings;
  private final JsonMapper json;

  /** Every handler mapping: ours, and the API documentation's. */
  RequestBodyPreload(List<RequestMappingHandlerMapping> mappings, JsonMapper json) {
    this.mappings = mappings;
    this.json = json;
  }

  @EventListener(ApplicationReadyEvent.class)
  void preload() {
    mappings.stream()
        .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
        .forEach(
            method -> {
              for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                  Type type = parameter.getGenericParameterType();
                  json.readerFor(json.constructType(type));
                }
              }
            });
  }
}
