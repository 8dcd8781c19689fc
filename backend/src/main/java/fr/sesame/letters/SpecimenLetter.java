package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The values a preview merges: the establishment and an account (or sample data) as they are, and
 * specimen credentials that no activation accepts, marked as such on the page.
 */
final class SpecimenLetter {

  static final String SPECIMEN_TOKEN = "SPECIMEN-not-a-valid-letter";
  private static final String NO_PUBLIC_URL = "https://adresse-publique.invalid/";

  private SpecimenLetter() {}

  /** A sample recipient, for previews without an account. */
  static Account sample(AccountKind kind) {
    return new Account(
        null,
        kind,
        kind == AccountKind.STUDENT ? null : "Mme",
        kind == AccountKind.STUDENT ? "Lefèvre" : "Dupré",
        kind == AccountKind.STUDENT ? "Zoé" : "Hélène",
        kind == AccountKind.STUDENT ? "zoe.lefevre" : "helene.dupre",
        null,
        kind == AccountKind.STUDENT ? "6A" : null,
        List.of(),
        List.of(),
        "3 place du Marché\n75011 Paris",
        null,
        null,
        null);
  }

  /** {@code children} null means sample data. */
  static Map<MergeTag, String> values(
      Identity identity,
      String logoDataUri,
      Account recipient,
      List<Account> children,
      String language,
      Clock clock) {
    String publicUrl = identity.publicUrl() == null ? NO_PUBLIC_URL : identity.publicUrl();
    String specimen = language.equals("fr") ? "SPÉCIMEN" : "SPECIMEN";
    return LetterValues.of(
        identity,
        publicUrl,
        logoDataUri,
        recipient,
        children == null
            ? (language.equals("fr")
                ? "Zoé Lefèvre (6A) et Noé Lefèvre (4B)"
                : "Zoé Lefèvre (6A) and Noé Lefèvre (4B)")
            : LetterValues.childrenText(children, language),
        language,
        clock.instant(),
        new LetterValues.Secrets(
            publicUrl + "activate#" + SPECIMEN_TOKEN,
            specimen,
            specimen,
            clock.instant().plus(Duration.ofDays(30))));
  }

  static String banner(String language) {
    return "<div class=\"specimen\">"
        + (language.equals("fr")
            ? "SPÉCIMEN — aperçu : ce courrier n’ouvre aucun compte"
            : "SPECIMEN — preview: this letter opens no account")
        + "</div>";
  }
}
