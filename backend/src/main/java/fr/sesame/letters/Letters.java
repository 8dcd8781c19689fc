package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import fr.sesame.identity.IdentityService;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The letters module's one entry: these recipients, this template, these credentials → PDF bytes.
 * Many letters merged and streamed, one letter on its own, or a preview with specimen credentials.
 * Recipients are named by ids; their accounts, children and live credentials are read here, in
 * batches, as rendering asks for them. Rendering runs on threads of its own, never the event loop.
 */
@Service
public class Letters {

  /** Dates on letters are the school's dates. */
  public static final ZoneId SCHOOL_ZONE = LetterValues.SCHOOL_ZONE;

  /** The token a preview's QR code carries: no activation accepts it. */
  public static final String SPECIMEN_TOKEN = SpecimenLetter.SPECIMEN_TOKEN;

  /** What every letter of one merge shares, read once before the first letter. */
  public record Merge(
      LetterTemplate template, Identity identity, String logoDataUri, Instant editedAt) {}

  /** One letter to make: for this account, carrying this credential. */
  public record Addressee(UUID accountId, UUID credentialId) {}

  /** One letter on its own, with whom it is for: an e-mail's attachment. */
  public record Letter(Account account, LetterCredential credential, byte[] pdf) {}

  private final IdentityService identity;
  private final LetterRecipients recipients;
  private final LetterEngine engine;
  private final MergedLetters merged;
  private final LetterRenderer renderer;
  private final Clock clock;

  Letters(
      IdentityService identity,
      LetterRecipients recipients,
      LetterEngine engine,
      MergedLetters merged,
      LetterRenderer renderer,
      Clock clock) {
    this.identity = identity;
    this.recipients = recipients;
    this.engine = engine;
    this.merged = merged;
    this.renderer = renderer;
    this.clock = clock;
  }

  /**
   * Reads the establishment for letters of this template. Every letter names the activation page,
   * so without a public URL there is nothing to print: {@code public-url-missing}.
   */
  public Mono<Merge> prepare(LetterTemplate template) {
    return read(template)
        .flatMap(
            merge ->
                merge.identity().publicUrl() == null
                    ? Mono.error(
                        new ProblemException(
                            ProblemType.PUBLIC_URL_MISSING,
                            Message.of("publicUrl.missingForLetters")))
                    : Mono.just(merge));
  }

  /** As {@link #prepare}, and {@code 409} unless the template fits this audience and variant. */
  public Mono<Merge> prepare(LetterTemplate template, AccountKind audience, LetterVariant variant) {
    return prepare(template).flatMap(merge -> fits(merge, audience, variant));
  }

  /**
   * The letters as one PDF, streamed while it renders, in the order given; recipients are read as
   * rendering needs them, and those whose credential can no longer be used are left out.
   */
  public Flux<DataBuffer> merged(Merge merge, Flux<Addressee> addressees) {
    return merged.stream(
        merge.template().language(),
        recipients.of(addressees).map(recipient -> () -> engine.body(merge, recipient)));
  }

  /**
   * One letter as a tagged PDF/UA document of its own, fonts subset to the glyphs it uses: a small,
   * screen-readable attachment for an e-mail. Empty when its credential can no longer be used.
   */
  public Mono<Letter> single(Merge merge, Addressee addressee) {
    return recipients
        .of(Flux.just(addressee))
        .next()
        .flatMap(recipient -> single(merge, recipient));
  }

  /**
   * Letters on their own for several addressees of one merge, as {@link #single}, with their
   * recipients read together (a few queries for them all, not a few per letter): each addressee
   * whose letter can still be used maps to its letter, rendered when subscribed; the others are
   * absent.
   */
  public Mono<Map<Addressee, Mono<Letter>>> singles(Merge merge, List<Addressee> addressees) {
    return recipients
        .of(Flux.fromIterable(addressees))
        .collectMap(
            recipient ->
                new Addressee(recipient.credential().accountId(), recipient.credential().id()),
            recipient -> single(merge, recipient));
  }

  private Mono<Letter> single(Merge merge, LetterRecipient recipient) {
    return renderer
        .accessiblePdf(
            () ->
                LetterDocument.of(
                    merge.template().language(),
                    title(merge.template().language()),
                    List.of(engine.body(merge, recipient))))
        .map(pdf -> new Letter(recipient.account(), recipient.credential(), pdf));
  }

  /** How many letters render at once at most: the rendering threads, one per core. */
  public int renderingThreads() {
    return LetterRenderer.THREADS;
  }

  /**
   * The template's body as one letter with specimen credentials that no activation accepts, marked
   * as such: for this account, or sample data when {@code accountId} is null. PNG of page 1 or the
   * PDF.
   */
  public Mono<byte[]> preview(LetterTemplate template, UUID accountId, boolean png) {
    Mono<LetterRecipients.Person> person =
        accountId == null
            ? Mono.just(
                new LetterRecipients.Person(
                    SpecimenLetter.sample(template.audiences().get(0)), null))
            : recipients.person(accountId);
    return Mono.zip(person, read(template))
        .flatMap(
            found -> {
              LetterRecipients.Person who = found.getT1();
              Merge merge = found.getT2();
              return png
                  ? renderer.firstPagePng(
                      () -> engine.specimen(merge, who.account(), who.children()))
                  : renderer.pdf(() -> engine.specimen(merge, who.account(), who.children()));
            });
  }

  /**
   * A page of Sésame's own that goes with the letters (a sign-off sheet): the HTML that {@code
   * html} builds, rendered as the letters are (same fonts, same threads, no outside resource).
   */
  public Mono<byte[]> pdf(Supplier<String> html) {
    return renderer.pdf(html);
  }

  private static String title(String language) {
    return language.equals("fr") ? "Vos identifiants de connexion" : "Your sign-in details";
  }

  /** The QR code of a link, as a PNG image. */
  public static byte[] qrPng(String link) {
    return QrCodes.png(link);
  }

  /** The QR code of a link, as an SVG image. */
  public static String qrSvg(String link) {
    return QrCodes.svg(link);
  }

  private static Mono<Merge> fits(Merge merge, AccountKind audience, LetterVariant variant) {
    LetterTemplate template = merge.template();
    if (!template.audiences().contains(audience)) {
      return Mono.error(
          new ProblemException(
              ProblemType.CONFLICT,
              Message.of("template.wrongAudience", template.name(), audience.name())));
    }
    if (template.variant() != variant) {
      return Mono.error(
          new ProblemException(
              ProblemType.CONFLICT,
              Message.of(
                  "template.wrongVariant",
                  variant.name(),
                  template.name(),
                  template.variant().name())));
    }
    return Mono.just(merge);
  }

  private Mono<Merge> read(LetterTemplate template) {
    return Mono.zip(identity.get(), identity.logoDataUri().defaultIfEmpty(""))
        .map(
            found ->
                new Merge(
                    template,
                    found.getT1(),
                    found.getT2().isEmpty() ? null : found.getT2(),
                    clock.instant()));
  }
}
