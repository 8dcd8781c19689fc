package fr.sesame.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a control character in a query parameter or a path segment (see {@link
 * ControlCharacters}) before any controller sees it, as a {@code validation-failed} problem naming
 * the parameter. Runs after security, so an anonymous caller still learns only that it must sign
 * in.
 */
@Component
class PlainTextParameters implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    List<ProblemException.FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, List<String>> parameter :
        exchange.getRequest().getQueryParams().entrySet()) {
      if (!ControlCharacters.accepted(parameter.getKey())) {
        errors.add(
            new ProblemException.FieldError(
                "query",
                Message.of("query.parameterName", ControlCharacters.message(parameter.getKey()))));
      }
      for (String value : parameter.getValue()) {
        if (value != null && !ControlCharacters.accepted(value)) {
          errors.add(
              new ProblemException.FieldError(
                  parameter.getKey(), ControlCharacters.message(value)));
        }
      }
    }
    for (PathContainer.Element element : exchange.getRequest().getPath().elements()) {
      if (element instanceof PathContainer.PathSegment segment
          && !ControlCharacters.accepted(segment.valueToMatch())) {
        errors.add(
            new ProblemException.FieldError(
                "path", ControlCharacters.message(segment.valueToMatch())));
      }
    }
    return errors.isEmpty()
        ? chain.filter(exchange)
        : Mono.error(ProblemException.invalidFields(errors));
  }
}
