package fr.sesame.templates;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import fr.sesame.letters.QrCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * The values a preview merges: the establishment and an account (or sample data) as they are, and
 * specimen credentials that no activation accepts, marked as such on the page.
 */
final class SpecimenLetter {

  static final String SPECIMEN_TOKEN = "SPECIMEN-not-a-valid-letter";
  static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");
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
    String link = publicUrl + "activate#" + SPECIMEN_TOKEN;
    String specimen = language.equals("fr") ? "SPÉCIMEN" : "SPECIMEN";
    Map<MergeTag, String> values = new EnumMap<>(MergeTag.class);
    values.put(MergeTag.ESTABLISHMENT_NAME, text(identity.name()));
    values.put(MergeTag.ESTABLISHMENT_ADDRESS, text(identity.address()));
    values.put(
        MergeTag.ESTABLISHMENT_LOGO,
        logoDataUri == null ? "" : "<img src=\"" + logoDataUri + "\" alt=\"\" />");
    values.put(MergeTag.PUBLIC_URL, text(publicUrl));
    values.put(MergeTag.CIVILITY, text(recipient.civility()));
    values.put(MergeTag.FIRST_NAME, text(recipient.firstName()));
    values.put(MergeTag.LAST_NAME, text(recipient.lastName()));
    values.put(MergeTag.LOGIN, text(recipient.login()));
    values.put(MergeTag.CLASS_NAME, text(recipient.className()));
    values.put(MergeTag.CHILDREN, text(childrenText(children, language)));
    values.put(MergeTag.POSTAL_ADDRESS, text(recipient.address()));
    values.put(MergeTag.QR_CODE, "<img src=\"" + QrCodes.dataUri(link) + "\" alt=\"QR code\" />");
    values.put(MergeTag.ACTIVATION_LINK, text(link));
    values.put(MergeTag.SECURITY_CODE, specimen);
    values.put(MergeTag.ACTIVATION_PAGE, text(publicUrl + "activate"));
    values.put(MergeTag.ACTIVATION_CODE, specimen);
    Locale locale = language.equals("fr") ? Locale.FRENCH : Locale.UK;
    DateTimeFormatter date =
        DateTimeFormatter.ofPattern("d MMMM uuuu", locale).withZone(SCHOOL_ZONE);
    values.put(MergeTag.EDITION_DATE, date.format(clock.instant()));
    values.put(MergeTag.EXPIRY_DATE, date.format(clock.instant().plus(Duration.ofDays(30))));
    return values;
  }

  static String banner(String language) {
    return "<div class=\"specimen\">"
        + (language.equals("fr")
            ? "SPÉCIMEN — aperçu : ce courrier n’ouvre aucun compte"
            : "SPECIMEN — preview: this letter opens no account")
        + "</div>";
  }

  private static String childrenText(List<Account> children, String language) {
    if (children == null) {
      return "Zoé Lefèvre (6A)";
    }
    return String.join(
        ", ",
        children.stream()
            .map(
                child ->
                    child.displayName()
                        + (child.className() == null ? "" : " (" + child.className() + ")"))
            .toList());
  }

  /** Escaped, line breaks kept. */
  static String text(String value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value).replace("\n", "<br />");
  }
}
