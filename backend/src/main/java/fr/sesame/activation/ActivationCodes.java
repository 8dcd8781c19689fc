package fr.sesame.activation;

import java.util.Locale;

/**
 * A code as a person types it from a letter, made what the letter means: spaces and dashes as
 * printed go, an activation code ignores case, and a security code's letter O (or o) is the digit 0
 * it looks like, I and l the 1. A slip of the eye is corrected here rather than counted as a try.
 * The 12-character activation code needs no such mapping: its alphabet has no 0/O or 1/I/L.
 */
final class ActivationCodes {

  private ActivationCodes() {}

  static String normalise(String code, boolean typed) {
    String compact = code.replaceAll("[\\s\\-\\u2010-\\u2015\\u2212.]", "");
    if (typed) {
      return compact.toUpperCase(Locale.ROOT);
    }
    StringBuilder digits = new StringBuilder(compact.length());
    for (char c : compact.toCharArray()) {
      digits.append(
          switch (c) {
            case 'O', 'o' -> '0';
            case 'I', 'l', '|' -> '1';
            default -> c;
          });
    }
    return digits.toString();
  }
}
