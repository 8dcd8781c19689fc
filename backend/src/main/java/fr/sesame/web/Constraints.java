package fr.sesame.web;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.springframework.validation.ObjectError;

/**
 * Bean Validation constraints as message codes: {@code @NotNull} and kin are {@code
 * field.required}, {@code @Size} is {@code field.size} with its bounds, and so on. A constraint not
 * listed here is {@code field.invalid}, so no English text of Hibernate Validator reaches a caller.
 */
final class Constraints {

  private Constraints() {}

  static Message message(ObjectError error) {
    ConstraintViolation<?> violation =
        error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
    return violation == null ? Message.of("field.invalid") : message(violation);
  }

  static Message message(ConstraintViolation<?> violation) {
    String constraint =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return message(constraint, violation.getConstraintDescriptor().getAttributes());
  }

  static Message message(String constraint, Map<String, Object> attributes) {
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> Message.of("field.required");
      case "Size" -> size(attributes);
      case "Min", "DecimalMin" -> Message.of("field.min", String.valueOf(attributes.get("value")));
      case "Max", "DecimalMax" -> Message.of("field.max", String.valueOf(attributes.get("value")));
      case "Email" -> Message.of("email.invalid");
      case "Pattern" -> pattern(String.valueOf(attributes.get("regexp")));
      default -> Message.of("field.invalid");
    };
  }

  private static Message size(Map<String, Object> attributes) {
    int min = (Integer) attributes.getOrDefault("min", 0);
    int max = (Integer) attributes.getOrDefault("max", Integer.MAX_VALUE);
    if (max == Integer.MAX_VALUE) {
      return Message.of("field.sizeMin", min);
    }
    return min <= 0 ? Message.of("field.sizeMax", max) : Message.of("field.size", min, max);
  }

  /** {@code fr|en} reads as a choice of values; any other pattern is shown as it is. */
  private static Message pattern(String regexp) {
    return regexp.matches("[A-Za-z0-9_]+(\\|[A-Za-z0-9_]+)+")
        ? Message.of("field.oneOf", String.join(", ", regexp.split("\\|")))
        : Message.of("field.pattern", regexp);
  }
}
