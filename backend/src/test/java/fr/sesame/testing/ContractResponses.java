package fr.sesame.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks every answer a test gets from {@code /api} against {@code openapi.yaml}: a status the
 * operation does not document, a content type it does not list, a JSON body that breaks its schema
 * (a field the schema does not have included) fails the test that got it. Requests are not checked:
 * tests send wrong ones on purpose.
 */
public final class ContractResponses implements ExchangeFilterFunction {

  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(contract().toUri().toString())
          .withLevelResolver(
              LevelResolver.create()
                  .withDefaultLevel(ValidationReport.Level.ERROR)
                  .withLevel("validation.request", ValidationReport.Level.IGNORE)
                  // Binary and streamed bodies (PDF, PNG, CSV, events) are not read here.
                  .withLevel("validation.response.body.missing", ValidationReport.Level.IGNORE)
                  // Unknown fields are refused object by object, so a schema made of allOf parts
                  // (CreatedApiKey, CreatedWebhook) would refuse each part's fields in the other.
                  .withLevel("validation.response.body.schema.allOf", ValidationReport.Level.IGNORE)
                  .build())
          .build();

  static {
    // Builds the schema validators once, before any test's client waits on an answer.
    VALIDATOR.validateResponse(
        "/api/auth/me",
        Request.Method.GET,
        SimpleResponse.Builder.status(200)
            .withContentType("application/json")
            .withBody("{\"username\":\"admin\",\"roles\":[\"ADMIN\"]}")
            .build());
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    String path = request.url().getRawPath();
    if (!path.startsWith("/api/") || path.startsWith("/api/docs")) {
      return next.exchange(request);
    }
    return next.exchange(request)
        .flatMap(
            response -> {
              MediaType type = response.headers().contentType().orElse(null);
              if (type == null || !type.getSubtype().endsWith("json")) {
                return Mono.fromCallable(
                        () -> {
                          check(request, response, null);
                          return response;
                        })
                    .subscribeOn(Schedulers.boundedElastic());
              }
              return response
                  .bodyToMono(byte[].class)
                  .defaultIfEmpty(new byte[0])
                  // The validator blocks (caches, locks): never on an event-loop thread.
                  .publishOn(Schedulers.boundedElastic())
                  .map(
                      bytes -> {
                        check(request, response, bytes);
                        return response
                            .mutate()
                            .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)))
                            .build();
                      });
            });
  }

  private static void check(ClientRequest request, ClientResponse response, byte[] body) {
    List<String> wrong =
        disagreements(
            request.method().name(),
            request.url().getRawPath(),
            response.statusCode().value(),
            response.headers().asHttpHeaders(),
            body == null || body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
    if (!wrong.isEmpty()) {
      throw new AssertionError(
          request.method()
              + " "
              + request.url().getRawPath()
              + " answered "
              + response.statusCode().value()
              + ", which openapi.yaml does not describe:\n  "
              + String.join("\n  ", wrong));
    }
  }

  /** What in this answer {@code openapi.yaml} does not describe; empty when all of it is. */
  public static List<String> disagreements(
      String method, String rawPath, int status, HttpHeaders headers, String body) {
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
    headers.forEach(answer::withHeader);
    if (body != null) {
      answer.withBody(body);
    }
    ValidationReport report =
        VALIDATOR.validateResponse(rawPath, Request.Method.valueOf(method), answer.build());
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }

  private static Path contract() {
    String configured = System.getProperty("sesame.contract");
    Path path = configured != null ? Path.of(configured) : Path.of("..", "openapi.yaml");
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("openapi.yaml not found at " + path.toAbsolutePath());
    }
    return path.toAbsolutePath();
  }
}
