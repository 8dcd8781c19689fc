package fr.sesame.letters;

import fr.sesame.accounts.Account;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Writes one letter's HTML: the template's body with every tag replaced, each letter carrying its
 * recipient's credential — the same token and codes every time the same credential is printed,
 * since they are derived from it, never stored.
 */
@Component
class LetterEngine {

  private final LetterCredentials secrets;
  private final Clock clock;

  LetterEngine(LetterCredentials secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  /** One letter's HTML. Runs on a rendering thread: it draws the QR code. */
  String body(Letters.Merge merge, LetterRecipient recipient) {
    LetterTemplate template = merge.template();
    LetterCredential credential = recipient.credential();
    if (credential.variant() != template.variant()) {
      throw new IllegalArgumentException(
          "A "
              + credential.variant()
              + " credential cannot fill a "
              + template.variant()
              + " template");
    }
    UUID id = credential.id();
    String publicUrl = merge.identity().publicUrl();
    boolean qr = template.variant() == LetterVariant.QR;
    LetterValues.Secrets letterSecrets =
        new LetterValues.Secrets(
            qr ? publicUrl + "activate#" + secrets.token(id) : null,
            qr ? secrets.securityCode(id) : null,
            secrets.activationCode(id),
            credential.expiresAt());
    return LetterValues.merge(
        template.body(),
        LetterValues.of(
            merge.identity(),
            publicUrl,
            merge.logoDataUri(),
            recipient.account(),
            LetterValues.childrenText(recipient.children(), template.language()),
            template.language(),
            merge.editedAt(),
            letterSecrets));
  }

  /** A preview page: specimen credentials, marked as such; {@code children} null for a sample. */
  String specimen(Letters.Merge merge, Account recipient, List<Account> children) {
    LetterTemplate template = merge.template();
    return LetterDocument.of(
        template.language(),
        List.of(
            SpecimenLetter.banner(template.language())
                + MergeTagScanner.merge(
                    template.body(),
                    SpecimenLetter.values(
                        merge.identity(),
                        merge.logoDataUri(),
                        recipient,
                        children,
                        template.language(),
                        clock))));
  }
}
