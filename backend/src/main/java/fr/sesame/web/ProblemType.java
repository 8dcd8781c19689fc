package fr.sesame.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API. Each is listed, with its meaning, in {@code openapi.yaml}
 * under {@code components/schemas/Problem}; a test keeps the two lists equal.
 */
public enum ProblemType {
  VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "The request has invalid fields"),
  MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request cannot be read"),
  UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Sign-in required"),
  SIGN_IN_FAILED("sign-in-failed", HttpStatus.UNAUTHORIZED, "Sign-in failed"),
  FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
  CSRF_TOKEN_INVALID("csrf-token-invalid", HttpStatus.FORBIDDEN, "Missing or invalid CSRF token"),
  NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
  CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
  NOT_ELIGIBLE("not-eligible", HttpStatus.CONFLICT, "This account gets no letter"),
  PUBLIC_URL_MISSING(
      "public-url-missing", HttpStatus.CONFLICT, "The establishment's public URL is not set"),
  METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
  NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
  PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "The request is too large"),
  URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "The request's address is too long"),
  HEADERS_TOO_LARGE(
      "headers-too-large",
      HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
      "The request's headers are too large"),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
  TEMPLATE_INVALID(
      "template-invalid", HttpStatus.UNPROCESSABLE_CONTENT, "The template has invalid merge tags"),
  IMPORT_UNREADABLE(
      "import-unreadable", HttpStatus.UNPROCESSABLE_CONTENT, "The file cannot be read"),
  IMPORT_TOO_MANY_ROWS(
      "import-too-many-rows", HttpStatus.UNPROCESSABLE_CONTENT, "The file has too many rows"),
  IMPORT_OTHER_SCHOOL(
      "import-other-school",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "The export comes from another school"),
  IMPORT_HAS_ERRORS(
      "import-has-errors",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Some rows are wrong: nothing was imported"),
  ACTIVATION_CODE_WRONG(
      "activation-code-wrong", HttpStatus.BAD_REQUEST, "The code does not match the letter"),
  ACTIVATION_LINK_INVALID(
      "activation-link-invalid", HttpStatus.GONE, "This letter can no longer be used"),
  PASSWORD_REJECTED(
      "password-rejected", HttpStatus.UNPROCESSABLE_CONTENT, "The password cannot be used"),
  TOO_MANY_ATTEMPTS("too-many-attempts", HttpStatus.TOO_MANY_REQUESTS, "Too many attempts"),
  INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error"),
  /** Answered by the front proxy (frontend/nginx.conf) when no backend answers. */
  SERVICE_UNAVAILABLE(
      "service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "The service is unavailable"),
  LAST_ADMINISTRATOR(
      "last-administrator",
      HttpStatus.CONFLICT,
      "The last active administrator cannot be disabled"),
  PASSWORD_LINK_INVALID(
      "password-link-invalid", HttpStatus.GONE, "This link can no longer be used"),
  IDEMPOTENCY_KEY_REUSED(
      "idempotency-key-reused",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "This Idempotency-Key was used for another request");

  private final String slug;
  private final HttpStatus status;
  private final String title;

  ProblemType(String slug, HttpStatus status, String title) {
    this.slug = slug;
    this.status = status;
    this.title = title;
  }

  public URI uri() {
    return URI.create("/problems/" + slug);
  }

  public HttpStatus status() {
    return status;
  }

  /** The English title, for logs; callers get {@link #titleCode()} in their language. */
  public String title() {
    return title;
  }

  /** The message code of the title, in {@code messages/problems*.properties}. */
  public String titleCode() {
    return "problem." + slug;
  }

  /** The stable name of the type, the last segment of its URI. */
  public String slug() {
    return slug;
  }
}
