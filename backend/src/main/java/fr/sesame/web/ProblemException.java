package fr.sesame.web;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the API answers with a problem detail. Thrown (or signalled) by any layer; the exception
 * handler turns it into {@code application/problem+json}. Its detail must never hold a secret.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final String detail;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private Duration retryAfter;

  public ProblemException(ProblemType type, String detail) {
    super(type.title() + (detail == null ? "" : ": " + detail), null, false, false);
    this.type = type;
    this.detail = detail;
  }

  public static ProblemException tooManyAttempts(Duration retryAfter, String detail) {
    ProblemException problem = new ProblemException(ProblemType.TOO_MANY_ATTEMPTS, detail);
    problem.retryAfter = retryAfter;
    return problem.with("retryAfterSeconds", retryAfterSeconds(retryAfter));
  }

  public static ProblemException invalidFields(List<FieldError> errors) {
    String detail =
        String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    return new ProblemException(ProblemType.VALIDATION_FAILED, detail).with("errors", errors);
  }

  /** Adds a member to the problem body, such as {@code errors} or {@code remainingAttempts}. */
  public ProblemException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return detail;
  }

  public Map<String, Object> properties() {
    return Collections.unmodifiableMap(properties);
  }

  /** For {@code Retry-After}; {@code null} when the client need not wait. */
  public Duration retryAfter() {
    return retryAfter;
  }

  static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** One wrong field of a request. */
  public record FieldError(String field, String message) {}
}
