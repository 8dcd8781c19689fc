package fr.sesame.accounts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text folding for search, sorting and logins: lower case, no accents, ligatures spelled out. */
final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern EMAIL =
      Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\]+\\.[a-zA-Z]{2,}");

  private Text() {}

  /** "Hélène ŒUVRE" becomes "helene oeuvre". */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String spelled =
        text.replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ß", "ss");
    String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** A plain address such as {@code nom@domaine.fr}: no spaces, line breaks or display name. */
  static boolean isEmail(String value) {
    return value.length() <= 254 && EMAIL.matcher(value).matches();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
