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
    values.put(
        MergeTag.QR_CODE,
        link == null
            ? ""
            : "<img class=\"qr\" src=\"" + QrCodes.dataUri(link) + "\" alt=\"QR code\" />");
    values.put(MergeTag.ACTIVATION_LINK, text(link));
    values.put(MergeTag.SECURITY_CODE, text(secrets.securityCode()));
    values.put(MergeTag.ACTIVATION_PAGE, text(publicUrl + "activate"));
    values.put(MergeTag.ACTIVATION_CODE, text(secrets.activationCode()));
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

  /** A parent's children as the {@code children} tag shows them: « Zoé Lefèvre (6A), … ». */
  static String childrenText(List<Account> children) {
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
