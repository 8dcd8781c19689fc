package fr.sesame.letters;

import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders specimen letters once the application is ready — merged chunks, letters on their own, a
 * preview — so that the first real send does not pay for class loading and just-in-time compilation
 * (the first 2,000-letter download ran at half the speed of the third without it).
 *
 * <p>On a thread of its own at the lowest priority, never on the rendering threads (no request
 * waits behind it), for at most {@link #BUDGET}; stops at once when the application stops. Off with
 * {@code sesame.letters.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "sesame.letters.warm-up", havingValue = "true", matchIfMissing = true)
class RenderingWarmUp {

  private static final Logger log = LoggerFactory.getLogger(RenderingWarmUp.class);
  static final Duration BUDGET = Duration.ofSeconds(45);
  private static final int MERGED_CHUNKS = 16;
  private static final int SINGLE_LETTERS = 60;

  private static final String BODY =
      """
      <table class="letterhead"><tbody><tr><td class="logo">{{establishment_logo}}</td>
      <td class="establishment"><strong>{{establishment_name}}</strong><br />\
      {{establishment_address}}</td></tr></tbody></table>
      <div class="recipient">{{civility}} {{first_name}} {{last_name}}<br />{{postal_address}}</div>
      <p class="date">Le {{edition_date}}</p>
      <h1>Vos identifiants de connexion</h1>
      <table class="credentials"><tbody>
      <tr><td>Identifiant</td><td class="value">{{login}}</td></tr>
      <tr><td>Code de sécurité</td><td class="value">{{security_code}}</td></tr>
      </tbody></table>
      <table class="qr-block"><tbody><tr><td class="qr-code">{{qr_code}}</td>
      <td><ol class="steps"><li>Scannez ce QR code : la page d’activation s’ouvre.</li>
      <li>Tapez le code de sécurité, puis choisissez votre mot de passe.</li></ol></td>
      </tr></tbody></table>
      <table class="credentials"><tbody>
      <tr><td>Adresse à ouvrir</td><td class="value">{{activation_page}}</td></tr>
      <tr><td>Code d’activation</td><td class="value">{{activation_code}}</td></tr>
      </tbody></table>
      <p>Valable jusqu’au <strong>{{expiry_date}}</strong> ; <em>gardez ce courrier</em>.</p>
      <p class="notice">En cas de perte, demandez un nouveau courrier à l’établissement.</p>
      """;

  private final Clock clock;
  private volatile Thread thread;

  RenderingWarmUp(Clock clock) {
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread warmUp = new Thread(this::run, "letter-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    thread = warmUp;
    warmUp.start();
  }

  /** Blocking: answers how many specimen letters it rendered. */
  int run() {
    long start = System.nanoTime();
    long deadline = start + BUDGET.toNanos();
    int letters = 0;
    try {
      String body = specimen();
      MergedPdfWriter writer = new MergedPdfWriter();
      writer.header();
      for (int chunk = 0; chunk < MERGED_CHUNKS && going(deadline); chunk++) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < MergedLetters.CHUNK; i++) {
          bodies.add(body);
        }
        try (RenderedPages pages = LetterRenderer.renderPages(LetterDocument.of("fr", bodies))) {
          writer.append(pages.document());
        }
        letters += MergedLetters.CHUNK;
      }
      writer.finish("Sésame");
      for (int i = 0; i < SINGLE_LETTERS && going(deadline); i++) {
        LetterRenderer.renderAccessiblePdf(LetterDocument.of("fr", "Spécimen", List.of(body)));
        letters++;
      }
      if (going(deadline)) {
        LetterRenderer.toPng(
            LetterRenderer.renderPdf(LetterDocument.of("fr", List.of(body))), 0, 50);
      }
      log.info(
          "Letter rendering warmed up: {} specimen letters in {} ms",
          letters,
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("Letter rendering could not warm up: {}", e.toString());
    } finally {
      thread = null;
    }
    return letters;
  }

  private static boolean going(long deadline) {
    return !Thread.currentThread().isInterrupted() && System.nanoTime() < deadline;
  }

  private String specimen() {
    Identity school =
        new Identity(
            "Collège Jean Moulin",
            "0751234A",
            "12 rue des Écoles\n75005 Paris",
            "https://sesame.example.invalid/",
            null,
            null);
    return MergeTagScanner.merge(
        BODY,
        SpecimenLetter.values(
            school, null, SpecimenLetter.sample(AccountKind.PARENT), null, "fr", clock));
  }

  @PreDestroy
  void stop() {
    Thread running = thread;
    if (running != null) {
      running.interrupt();
    }
  }
}
