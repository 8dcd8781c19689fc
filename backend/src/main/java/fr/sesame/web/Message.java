package fr.sesame.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text for a caller, named by a stable {@code code} and its arguments, and put into the caller's
 * language ({@link Languages}) only when the answer is written. Codes live in {@code
 * messages/problems*.properties}, in English and French; a test checks that every code written in
 * the code base has both. A plain text (no code) is written as it is, in whatever language it was
 * written.
 */
public record Message(String code, List<Object> args, String text) {

  public Message {
    args = args == null ? List.of() : List.copyOf(args.stream().map(Message::arg).toList());
    if (code == null && text == null) {
      throw new IllegalArgumentException("A message needs a code or a text");
    }
  }

  /** A message read back from JSON, where it is text: for clients of the API, such as tests. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Message read(String text) {
    return plain(text);
  }

  /** The message {@code code} with its arguments: numbers, texts, or other messages. */
  public static Message of(String code, Object... args) {
    return new Message(Objects.requireNonNull(code), Arrays.asList(args), null);
  }

  /**
   * A text already written, kept for callers that have no code yet. (A message with both a code and
   * a text is one read back from JSON: its text is its words.)
   */
  public static Message plain(String text) {
    return new Message(null, List.of(), Objects.requireNonNull(text));
  }

  // List.copyOf refuses nulls: an absent value is shown as an empty text.
  private static Object arg(Object value) {
    return value == null ? "" : value;
  }
}
