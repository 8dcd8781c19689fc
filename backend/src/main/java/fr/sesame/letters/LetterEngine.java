package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.identity.Identity;
import fr.sesame.identity.IdentityService;
import fr.sesame.templates.Template;
import fr.sesame.templates.TemplateService;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a template and recipients into one streamed PDF, each letter carrying its recipient's
 * credential: the same token and codes every time the same credential is printed, since they are
 * derived from it, never stored.
 */
@Service
public class LetterEngine {

  private final TemplateService templates;
  private final IdentityService identity;
  private final CredentialSecrets secrets;
  private final MergedLetters merged;
  private final LetterRenderer renderer;
  private final Clock clock;

  LetterEngine(
      TemplateService templates,
      IdentityService identity,
      CredentialSecrets secrets,
      MergedLetters merged,
      LetterRenderer renderer,
      Clock clock) {
    this.renderer = renderer;
    this.templates = templates;
    this.identity = identity;
    this.secrets = secrets;
    this.merged = merged;
    this.clock = clock;
  }

  /** What every letter of one merge shares, read once before the first letter. */
  public record Merge(Template template, Identity identity, String logoDataUri, Instant editedAt) {}

  /**
   * Reads the template and the establishment. Every letter names the activation page, so without a
   * public URL there is nothing to print: {@code public-url-missing}.
   */
  public Mono<Merge> prepare(UUID templateId) {
    return Mono.zip(
            templates.get(templateId), identity.get(), identity.logoDataUri().defaultIfEmpty(""))
        .flatMap(
            found -> {
              if (found.getT2().publicUrl() == null) {
                return Mono.error(
                    new ProblemException(
                        ProblemType.PUBLIC_URL_MISSING,
                        "Set the public URL in Paramètres › Identité: letters point to it."));
              }
              String logo = found.getT3().isEmpty() ? null : found.getT3();
              return Mono.just(new Merge(found.getT1(), found.getT2(), logo, clock.instant()));
            });
  }

  /**
   * One letter as a PDF of its own, fonts subset to the glyphs it uses: a small attachment for an
   * e-mail. Rendered off the event loop.
   */
  public Mono<byte[]> single(Merge merge, LetterRecipient recipient) {
    return renderer.pdf(
        () -> LetterDocument.of(merge.template().language(), List.of(body(merge, recipient))));
  }

  /** The merged PDF, streamed while it renders; recipients are read as rendering needs them. */
  public Flux<DataBuffer> pdf(Merge merge, Flux<LetterRecipient> recipients) {
    return merged.stream(
        merge.template().language(), recipients.map(recipient -> () -> body(merge, recipient)));
  }

  /** The merge, if its template is written for this account's audience and letter variant. */
  public static Mono<Merge> checkFits(Merge merge, Account account, Credential credential) {
    Template template = merge.template();
    if (!template.audiences().contains(account.kind())) {
      return Mono.error(
          new ProblemException(
              ProblemType.CONFLICT,
              "The template « "
                  + template.name()
                  + " » is not written for "
                  + account.kind()
                  + "."));
    }
    if (template.variant() != credential.variant()) {
      return Mono.error(
          new ProblemException(
              ProblemType.CONFLICT,
              "This letter is a "
                  + credential.variant()
                  + " letter; the template « "
                  + template.name()
                  + " » is "
                  + template.variant()
                  + "."));
    }
    return Mono.just(merge);
  }

  /** One letter's HTML. Runs on a rendering thread: it draws the QR code. */
  String body(Merge merge, LetterRecipient recipient) {
    Template template = merge.template();
    if (recipient.credential().variant() != template.variant()) {
      throw new IllegalArgumentException(
          "A "
              + recipient.credential().variant()
              + " credential cannot fill a "
              + template.variant()
              + " template");
    }
    UUID credential = recipient.credential().id();
    String publicUrl = merge.identity().publicUrl();
    boolean qr = template.variant() == LetterVariant.QR;
    LetterValues.Secrets letterSecrets =
        new LetterValues.Secrets(
            qr ? publicUrl + "activate#" + secrets.token(credential) : null,
            qr ? secrets.securityCode(credential) : null,
            qr ? null : secrets.activationCode(credential),
            recipient.credential().expiresAt().toInstant());
    return LetterValues.merge(
        template.body(),
        LetterValues.of(
            merge.identity(),
            publicUrl,
            merge.logoDataUri(),
            recipient.account(),
            recipient.children(),
            template.language(),
            merge.editedAt(),
            letterSecrets));
  }
}
