package fr.sesame.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Translates framework exceptions into the API's problem types, without leaking internals. */
final class ErrorProblems {

  private ErrorProblems() {}

  static ProblemException from(Throwable error) {
    if (error instanceof ProblemException problem) {
      return problem;
    }
    if (hasCause(error, DataBufferLimitException.class)
        || error instanceof PayloadTooLargeException) {
      return new ProblemException(
          ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this endpoint accepts.");
    }
    if (error instanceof DataIntegrityViolationException) {
      return new ProblemException(
          ProblemType.CONFLICT,
          "The change clashes with stored data, such as a login or an external id already in use.");
    }
    PlainTextDeserializer.ForbiddenCharacters forbidden =
        causeOf(error, PlainTextDeserializer.ForbiddenCharacters.class);
    if (forbidden != null) {
      return ProblemException.invalidFields(
          List.of(new ProblemException.FieldError(forbidden.field(), forbidden.reason())));
    }
    if (error instanceof ConstraintViolationException violations) {
      return ProblemException.invalidFields(parameterErrors(violations));
    }
    if (error instanceof WebExchangeBindException binding) {
      return ProblemException.invalidFields(fieldErrors(binding));
    }
    if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
      return new ProblemException(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type "
              + (unsupported.getContentType() == null ? "(none)" : unsupported.getContentType())
              + " is not accepted here; send "
              + unsupported.getSupportedMediaTypes().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining(" or ")));
    }
    if (error instanceof MethodNotAllowedException notAllowed) {
      return new ProblemException(
          ProblemType.METHOD_NOT_ALLOWED,
          notAllowed.getHttpMethod() + " is not allowed on this path.");
    }
    if (error instanceof NotAcceptableStatusException) {
      return new ProblemException(ProblemType.NOT_ACCEPTABLE, null);
    }
    if (error instanceof DecodingException) {
      // Raised outside a ServerWebInputException, e.g. a multipart Content-Type with no boundary.
      return new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          "The request body cannot be read as its Content-Type says.");
    }
    if (error instanceof ServerWebInputException input) {
      return new ProblemException(ProblemType.MALFORMED_REQUEST, inputDetail(input));
    }
    if (error instanceof ResponseStatusException status) {
      return byStatus(status.getStatusCode());
    }
    return new ProblemException(ProblemType.INTERNAL_ERROR, null);
  }

  private static ProblemException byStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> new ProblemException(ProblemType.MALFORMED_REQUEST, null);
      case 401 -> new ProblemException(ProblemType.UNAUTHENTICATED, null);
      case 403 -> new ProblemException(ProblemType.FORBIDDEN, null);
      case 404 -> new ProblemException(ProblemType.NOT_FOUND, "Nothing exists at this path.");
      case 405 -> new ProblemException(ProblemType.METHOD_NOT_ALLOWED, null);
      case 409 -> new ProblemException(ProblemType.CONFLICT, null);
      case 406 -> new ProblemException(ProblemType.NOT_ACCEPTABLE, null);
      case 413 -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, null);
      case 415 -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, null);
      case 429 -> new ProblemException(ProblemType.TOO_MANY_ATTEMPTS, null);
      default -> new ProblemException(ProblemType.INTERNAL_ERROR, null);
    };
  }

  private static String inputDetail(ServerWebInputException input) {
    if (hasCause(input, DecodingException.class)) {
      return "The request body is not valid JSON, or a value has the wrong type.";
    }
    return input.getReason();
  }

  private static List<ProblemException.FieldError> fieldErrors(WebExchangeBindException binding) {
    List<ProblemException.FieldError> errors = new ArrayList<>();
    binding
        .getFieldErrors()
        .forEach(
            e -> errors.add(new ProblemException.FieldError(e.getField(), e.getDefaultMessage())));
    binding
        .getGlobalErrors()
        .forEach(
            e ->
                errors.add(
                    new ProblemException.FieldError(e.getObjectName(), e.getDefaultMessage())));
    return errors;
  }

  /** A request parameter out of its range: {@code list.size} is named {@code size}. */
  private static List<ProblemException.FieldError> parameterErrors(
      ConstraintViolationException violations) {
    return violations.getConstraintViolations().stream()
        .map(
            v -> {
              String name = "parameter";
              for (Path.Node node : v.getPropertyPath()) {
                name = node.getName();
              }
              return new ProblemException.FieldError(name, v.getMessage());
            })
        .sorted(java.util.Comparator.comparing(ProblemException.FieldError::field))
        .toList();
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    return causeOf(error, type) != null;
  }

  private static <T extends Throwable> T causeOf(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
