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
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsatisfiedRequestParameterException;
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
          ProblemType.PAYLOAD_TOO_LARGE, Message.of("request.bodyTooLarge"));
    }
    if (error instanceof DataIntegrityViolationException) {
      return new ProblemException(ProblemType.CONFLICT, Message.of("conflict.storedData"));
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
          Message.of(
              "request.contentType",
              unsupported.getContentType() == null
                  ? "(none)"
                  : unsupported.getContentType().toString(),
              unsupported.getSupportedMediaTypes().stream()
                  .map(Object::toString)
                  .collect(Collectors.joining(", "))));
    }
    if (error instanceof MethodNotAllowedException notAllowed) {
      return new ProblemException(
          ProblemType.METHOD_NOT_ALLOWED, Message.of("request.method", notAllowed.getHttpMethod()));
    }
    if (error instanceof NotAcceptableStatusException) {
      return new ProblemException(ProblemType.NOT_ACCEPTABLE);
    }
    if (error instanceof DecodingException) {
      // Raised outside a ServerWebInputException, e.g. a multipart Content-Type with no boundary.
      return new ProblemException(
          ProblemType.MALFORMED_REQUEST, Message.of("request.bodyUnreadable"));
    }
    if (error instanceof ServerWebInputException input) {
      return new ProblemException(ProblemType.MALFORMED_REQUEST, inputDetail(input));
    }
    if (error instanceof ResponseStatusException status) {
      return byStatus(status.getStatusCode());
    }
    return new ProblemException(ProblemType.INTERNAL_ERROR);
  }

  private static ProblemException byStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> new ProblemException(ProblemType.MALFORMED_REQUEST);
      case 401 -> new ProblemException(ProblemType.UNAUTHENTICATED);
      case 403 -> new ProblemException(ProblemType.FORBIDDEN);
      case 404 -> new ProblemException(ProblemType.NOT_FOUND, Message.of("path.notFound"));
      case 405 -> new ProblemException(ProblemType.METHOD_NOT_ALLOWED);
      case 409 -> new ProblemException(ProblemType.CONFLICT);
      case 406 -> new ProblemException(ProblemType.NOT_ACCEPTABLE);
      case 413 -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE);
      case 415 -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE);
      case 429 -> new ProblemException(ProblemType.TOO_MANY_ATTEMPTS);
      default -> new ProblemException(ProblemType.INTERNAL_ERROR);
    };
  }

  private static Message inputDetail(ServerWebInputException input) {
    if (hasCause(input, DecodingException.class)) {
      return Message.of("request.json");
    }
    if (input instanceof MissingRequestValueException missing) {
      return Message.of("request.missingValue", missing.getName());
    }
    if (input instanceof UnsatisfiedRequestParameterException) {
      return Message.of("request.parameters");
    }
    return input.getReason() == null ? null : Message.of("request.unreadable");
  }

  private static List<ProblemException.FieldError> fieldErrors(WebExchangeBindException binding) {
    List<ProblemException.FieldError> errors = new ArrayList<>();
    binding
        .getFieldErrors()
        .forEach(
            e -> errors.add(new ProblemException.FieldError(e.getField(), Constraints.message(e))));
    binding
        .getGlobalErrors()
        .forEach(
            e ->
                errors.add(
                    new ProblemException.FieldError(e.getObjectName(), Constraints.message(e))));
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
              return new ProblemException.FieldError(name, Constraints.message(v));
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
