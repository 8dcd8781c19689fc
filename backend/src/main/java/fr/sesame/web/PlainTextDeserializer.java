package fr.sesame.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every string of every JSON request body goes through here, so a control character is refused
 * once, for all fields, with the field's path (see {@link ControlCharacters}).
 */
class PlainTextDeserializer extends StringDeserializer {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) {
    String value = super.deserialize(parser, context);
    if (value != null && !ControlCharacters.accepted(value)) {
      throw new ForbiddenCharacters(parser, ControlCharacters.message(value));
    }
    return value;
  }

  /** Carries the field's path to {@link ErrorProblems}, which answers {@code validation-failed}. */
  static final class ForbiddenCharacters extends InvalidFormatException {
    private final Message reason;

    ForbiddenCharacters(JsonParser parser, Message reason) {
      super(parser, "forbidden character", null, String.class);
      this.reason = reason;
    }

    Message reason() {
      return reason;
    }

    /** The JSON path of the field, as {@code names[0].first}. */
    String field() {
      StringBuilder path = new StringBuilder();
      for (Reference reference : getPath()) {
        if (reference.getPropertyName() != null) {
          if (!path.isEmpty()) {
            path.append('.');
          }
          path.append(reference.getPropertyName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      return path.isEmpty() ? "body" : path.toString();
    }
  }
}
