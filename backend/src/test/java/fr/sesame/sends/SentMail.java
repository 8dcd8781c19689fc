package fr.sesame.sends;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/** What the e-mail tests read back: a message's PDF letter, and the letter an account holds. */
final class SentMail {

  private SentMail() {}

  /** The PDF attached to a message. */
  static byte[] attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getContentType().startsWith("application/pdf")) {
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("No PDF attached");
  }

  /** The id of the account's letter that is issued or delivered, not yet opened. */
  static UUID unopenedCredential(DatabaseClient db, UUID account) {
    return db.sql(
            "select id from credential where account_id = :id and state in ('ISSUED', 'DELIVERED')")
        .bind("id", account)
        .map(row -> row.get("id", UUID.class))
        .one()
        .block();
  }
}
