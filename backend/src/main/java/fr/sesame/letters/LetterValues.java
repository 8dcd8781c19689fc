package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.identity.Identity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** What each merge tag of one letter becomes: escaped HTML, ready to replace the tag. */
final class LetterValues {

  /** Dates on letters are the school's dates. */
  static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

  /** What the letter grants; codes a variant does not print may be null. */
  record Secrets(
      String activationLink, String securityCode, String activationCode, Instant expiresAt) {}

  private LetterValues() {}

  /**
   * @param publicUrl Sésame's public address, ending with a slash
   * @param logoDataUri the establishment's logo as a data URI, or null
   * @param children a parent's children, already written out ({@link #childrenText})
   */
  static Map<MergeTag, String> of(
      Identity identity,
      String publicUrl,
      String logoDataUri,
      Account recipient,
      String children,
      String language,
      Instant editedAt,
      Secrets secrets) {
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
    values.put(MergeTag.CHILDREN, text(children));
    values.put(MergeTag.POSTAL_ADDRESS, text(recipient.address()));
    String link = secrets.activationLink();
    String activationPage = publicUrl + "activate";
    String code = grouped(secrets.activationCode());
    values.put(
        MergeTag.QR_CODE,
        link == null
            ? ""
            : QrCodes.object(link, alternative(language, activationPage, recipient.login(), code)));
    values.put(MergeTag.ACTIVATION_LINK, text(link));
    values.put(MergeTag.SECURITY_CODE, text(secrets.securityCode()));
    values.put(MergeTag.ACTIVATION_PAGE, text(activationPage));
    values.put(MergeTag.ACTIVATION_CODE, text(code));
    Locale locale = language.equals("fr") ? Locale.FRENCH : Locale.UK;
    DateTimeFormatter date =
        DateTimeFormatter.ofPattern("d MMMM uuuu", locale).withZone(SCHOOL_ZONE);
    values.put(MergeTag.EDITION_DATE, date.format(editedAt));
    values.put(MergeTag.EXPIRY_DATE, date.format(secrets.expiresAt()));
    return values;
  }

  /** The body with each tag replaced by its value. */
  static String merge(String body, Map<MergeTag, String> values) {
    return MergeTagScanner.merge(body, values);
  }

  /**
   * A parent's children as the {@code children} tag shows them, listed as one writes them: « Zoé
   * Lefèvre (6A) et Noé Lefèvre », « Zoé, Noé et Léa ».
   */
  static String childrenText(List<Account> children, String language) {
    List<String> names =
        children.stream()
            .map(
                child ->
                    child.displayName()
                        + (child.className() == null || child.className().isBlank()
                            ? ""
                            : " (" + child.className() + ")"))
            .toList();
    if (names.size() < 2) {
      return String.join("", names);
    }
    String and = language.equals("fr") ? " et " : " and ";
    return String.join(", ", names.subList(0, names.size() - 1))
        + and
        + names.get(names.size() - 1);
  }

  /** The activation code as letters print it, in groups of four: {@code K7QM 3XPT 2D9F}. */
  static String grouped(String activationCode) {
    return activationCode == null ? null : activationCode.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** What a screen reader says for the QR code: the way in without a camera. */
  private static String alternative(String language, String page, String login, String code) {
    return language.equals("fr")
        ? "QR code d’activation. Sans appareil photo : ouvrez "
            + page
            + ", puis tapez l’identifiant "
            + login
            + " et le code d’activation "
            + code
            + "."
        : "Activation QR code. Without a camera: open "
            + page
            + ", then type the login "
            + login
            + " and the activation code "
            + code
            + ".";
  }

  /** Escaped, line breaks kept. */
  static String text(String value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value).replace("\n", "<br />");
  }
}
