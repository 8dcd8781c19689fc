package fr.sesame.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The A4 document merged letters are printed in: Sésame's page style around each body. */
final class LetterDocument {

  private static final String STYLE = readStyle();

  private LetterDocument() {}

  /** One letter per page (or more if a letter is long); {@code bodies} are safe, merged HTML. */
  static String of(String language, List<String> bodies) {
    return of(language, null, bodies);
  }

  /** With a title, which a tagged document shows in the reader's window. */
  static String of(String language, String title, List<String> bodies) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"")
            .append(language)
            .append("\"><head><meta charset=\"utf-8\" />")
            .append(title == null ? "" : "<title>" + title + "</title>" + description(language))
            .append("<style>")
            .append(STYLE)
            .append("</style></head><body>");
    for (String body : bodies) {
      html.append("<div class=\"letter\">").append(body).append("</div>");
    }
    return html.append("</body></html>").toString();
  }

  /** A tagged document's subject (PDF/UA asks for one): what the letter is for. */
  private static String description(String language) {
    String text =
        language.equals("fr")
            ? "Lettre de connexion : l’adresse à ouvrir, l’identifiant et le code"
                + " pour activer le compte."
            : "Connection letter: the address to open, the login and the code to activate the"
                + " account.";
    return "<meta name=\"subject\" content=\"" + text + "\" />";
  }

  private static String readStyle() {
    try (InputStream in = LetterDocument.class.getResourceAsStream("/letters/letter.css")) {
      if (in == null) {
        throw new IllegalStateException("letters/letter.css is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
