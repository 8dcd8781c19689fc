package fr.sesame.identity;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
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
      throw new InvalidValue(Message.of("uai.format"));
    }
    char expected = checkLetter(uai.substring(0, 7));
    if (uai.charAt(7) != expected) {
      throw new InvalidValue(
          Message.of("uai.checkLetter", uai.substring(0, 7), String.valueOf(expected)));
    }
    return uai;
  }

  static char checkLetter(String digits) {
    return CHECK_LETTERS.charAt(Integer.parseInt(digits) % 23);
  }
}
