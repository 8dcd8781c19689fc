package fr.sesame.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the API answers with a problem detail. Thrown (or signalled) by any layer; the exception
 * handler turns it into {@code application/problem+json}, its title and detail in the caller's
 * language. Its detail must never hold a secret.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final Message detail;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private Duration retryAfter;

  public ProblemException(ProblemType type, Message detail) {
    super(type.title() + (detail == null ? "" : ": " + describe(detail)), null, false, false);
    this.type = type;
    this.detail = detail;
  }

  /** No detail: the type says it all. */
  public ProblemException(ProblemType type) {
    this(type, (Message) null);
  }

  /** A detail with no code yet: shown as written, whatever the caller's language. */
  public ProblemException(ProblemType type, String detail) {
    this(type, detail == null ? null : Message.plain(detail));
  }

  public static ProblemException tooManyAttempts(Duration retryAfter, Message detail) {
    ProblemException problem = new ProblemException(ProblemType.TOO_MANY_ATTEMPTS, detail);
    problem.retryAfter = retryAfter;
    return problem.with("retryAfterSeconds", retryAfterSeconds(retryAfter));
  }

  public static ProblemException tooManyAttempts(Duration retryAfter, String detail) {
    return tooManyAttempts(retryAfter, Message.plain(detail));
  }

  public static ProblemException invalidFields(List<FieldError> errors) {
    return new ProblemException(
            ProblemType.VALIDATION_FAILED, Message.of("validation.fields", List.copyOf(errors)))
        .with("errors", errors);
  }

  /** Adds a member to the problem body, such as {@code errors} or {@code remainingAttempts}. */
  public ProblemException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  public ProblemType type() {
    return type;
  }

  public Message detail() {
    return detail;
  }

  /** The {@code code} member: the detail's code, or the type's name when it has none. */
  public String code() {
    return detail != null && detail.code() != null ? detail.code() : type.slug();
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

  private static String describe(Message detail) {
    return detail.code() == null ? detail.text() : detail.code() + detail.args();
  }

  /**
   * One wrong field of a request: its stable {@code code} (such as {@code email.invalid}) and the
   * {@code message} in the caller's language.
   */
  @JsonPropertyOrder({"field", "code", "message"})
  public record FieldError(String field, @JsonIgnore Message text) {

    /** A message with no code yet: shown as written, with the code {@code field.invalid}. */
    public FieldError(String field, String message) {
      this(field, Message.plain(message));
    }

    @JsonProperty("code")
    public String code() {
      return text.code() == null ? "field.invalid" : text.code();
    }

    /** Written in the caller's language by {@link MessageJson}. */
    @JsonProperty("message")
    public Message message() {
      return text;
    }
  }
}
