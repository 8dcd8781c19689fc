package fr.sesame.web;

/**
 * Text that the API accepts: no C0 control character but tab, line feed and carriage return, and no
 * half of a surrogate pair. PostgreSQL refuses NUL in text, and the others have no place in a name,
 * a login or a template; refusing them where text enters keeps them out of every store.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** The index of the first character that is not accepted, or -1. */
  public static int firstForbidden(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  public static boolean accepted(CharSequence text) {
    return firstForbidden(text) < 0;
  }

  /** What is wrong, for a field error. */
  public static Message message(CharSequence text) {
    int at = firstForbidden(text);
    return Message.of("text.forbiddenCharacter", describe(text.charAt(at)), at + 1);
  }

  /** Names a character that is not accepted, as {@code the control character U+0000}. */
  public static Message describe(char c) {
    return Character.isSurrogate(c)
        ? Message.of("text.unpairedSurrogate")
        : Message.of("text.controlCharacter", String.format("U+%04X", (int) c));
  }
}
