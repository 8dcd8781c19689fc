package fr.sesame.identity;

import java.util.Locale;

/**
 * The UAI (ex-RNE) that identifies a French establishment: 7 digits and a check letter, the
 * remainder of the number by 23 in an alphabet without I, O and Q.
 */
final class Uai {

  private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  private Uai() {}

  /** The UAI in upper case, or an explanation of what is wrong with it. */
  static String normalise(String raw) {
    String uai = raw.trim().toUpperCase(Locale.ROOT);
    if (!uai.matches("[0-9]{7}[A-Z]")) {
      throw new IllegalArgumentException("must be 7 digits followed by a letter, such as 0751234J");
    }
    char expected = checkLetter(uai.substring(0, 7));
    if (uai.charAt(7) != expected) {
      throw new IllegalArgumentException(
          "check letter is wrong: for " + uai.substring(0, 7) + " it is " + expected);
    }
    return uai;
  }

  static char checkLetter(String digits) {
    return CHECK_LETTERS.charAt(Integer.parseInt(digits) % 23);
  }
}
