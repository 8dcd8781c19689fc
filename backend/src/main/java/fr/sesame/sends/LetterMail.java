package fr.sesame.sends;

import fr.sesame.letters.Letters;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * One letter as an e-mail: a short message in the template's language, HTML and text, the letter
 * attached as a PDF. No code or link in the body: they are in the attached letter only.
 */
final class LetterMail {

  private LetterMail() {}

  record Content(
      String to,
      String displayName,
      String school,
      String language,
      Instant expiresAt,
      byte[] pdf) {}

  /** Blocking (builds the MIME message): call off the event loop. */
  static MimeMessage build(JavaMailSender sender, String from, Content content)
      throws MessagingException {
    boolean french = !"en".equals(content.language());
    String date =
        DateTimeFormatter.ofPattern("d MMMM uuuu", french ? Locale.FRENCH : Locale.UK)
            .withZone(Letters.SCHOOL_ZONE)
            .format(content.expiresAt());
    String school = content.school() == null ? "" : content.school();
    String subject =
        french ? "Votre lettre de connexion – " + school : "Your connection letter – " + school;
    String text =
        french
            ? "Bonjour "
                + content.displayName()
                + ",\n\nVous trouverez en pièce jointe votre lettre de connexion : elle explique"
                + " comment activer votre compte. Elle est valable jusqu’au "
                + date
                + ".\n\nSi vous n’attendiez pas ce message, ignorez-le.\n\n"
                + school
            : "Hello "
                + content.displayName()
                + ",\n\nAttached is your connection letter: it explains how to activate your"
                + " account. It is valid until "
                + date
                + ".\n\nIf you did not expect this message, ignore it.\n\n"
                + school;
    String html =
        "<!DOCTYPE html><html lang=\""
            + (french ? "fr" : "en")
            + "\"><body><p>"
            + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
            + "</p></body></html>";
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(content.to());
    helper.setSubject(subject.strip());
    helper.setText(text, html);
    helper.addAttachment(
        french ? "lettre-de-connexion.pdf" : "connection-letter.pdf",
        new ByteArrayResource(content.pdf()),
        "application/pdf");
    return message;
  }
}
