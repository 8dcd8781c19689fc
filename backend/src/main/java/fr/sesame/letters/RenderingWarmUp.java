package fr.sesame.letters;

import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders specimen letters while the application starts and once it is ready — merged chunks and
 * letters on their own in turn, a preview — so that the first real send does not pay for class
 * loading and just-in-time compilation (the first 2,000-letter download ran at half the speed of
 * the third without it).
 *
 * <p>On threads of its own — one while the application starts, then one per core so that it is done
 * sooner — never on the rendering threads (no request waits behind it), for at most {@link
 * #BUDGET}. It stops as soon as real rendering starts — from then on real letters warm the same
 * code, and specimens would only slow them down — and at once when the application stops. Off with
 * {@code sesame.letters.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "sesame.letters.warm-up", havingValue = "true", matchIfMissing = true)
class RenderingWarmUp {

  private static final Logger log = LoggerFactory.getLogger(RenderingWarmUp.class);
  static final Duration BUDGET = Duration.ofSeconds(45);
  private static final int ROUNDS = 1_000; // the budget ends it first
  private static final int SINGLE_LETTERS_PER_ROUND = 4;

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

  private final BooleanSupplier realWorkStarted;
  private final String body;
  private final AtomicInteger letters = new AtomicInteger();
  private volatile long deadline;
  private volatile long started;
  private volatile boolean stopped;

  private final Duration budget;

  @Autowired
  RenderingWarmUp(Clock clock, LetterRenderer renderer) {
    this(clock, renderer::started, BUDGET);
  }

  RenderingWarmUp(Clock clock, BooleanSupplier realWorkStarted, Duration budget) {
    this.realWorkStarted = realWorkStarted;
    this.budget = budget;
    this.body = specimen(clock);
  }

  /**
   * Starts once the application is ready, on one thread per core. (Started while the application
   * starts, the warm-up made the start 6 s slower and the first download no faster.)
   */
  @EventListener(ApplicationReadyEvent.class)
  void start() {
    deadline = System.nanoTime() + budget.toNanos();
    started = System.nanoTime();
    thread(() -> warmAndTell(true), "letter-warm-up").start();
    for (int i = 1; i < LetterRenderer.THREADS; i++) {
      thread(() -> warm(false), "letter-warm-up-" + i).start();
    }
  }

  /** Blocking: warms on every core at once, and answers how many specimen letters it rendered. */
  int run() {
    deadline = System.nanoTime() + budget.toNanos();
    started = System.nanoTime();
    List<Thread> helpers = new ArrayList<>();
    for (int i = 1; i < LetterRenderer.THREADS; i++) {
      helpers.add(thread(() -> warm(false), "letter-warm-up-" + i));
    }
    helpers.forEach(Thread::start);
    warm(true);
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopped = true;
      }
    }
    return letters.get();
  }

  private static Thread thread(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    return thread;
  }

  private void warmAndTell(boolean preview) {
    warm(preview);
    log.info(
        "Letter rendering warmed up: {} specimen letters in {} ms{}",
        letters.get(),
        (System.nanoTime() - started) / 1_000_000,
        realWorkStarted.getAsBoolean() ? ", stopped when real rendering started" : "");
  }

  /**
   * Merged chunks and letters on their own in turn (an e-mail send may come first as well as a
   * download), then (once) a preview, while there is time.
   */
  private void warm(boolean preview) {
    try {
      MergedPdfWriter writer = new MergedPdfWriter();
      writer.header();
      for (int round = 0; round < ROUNDS && going(); round++) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < MergedLetters.CHUNK; i++) {
          bodies.add(body);
        }
        try (RenderedPages pages = LetterRenderer.renderPages(LetterDocument.of("fr", bodies))) {
          writer.append(pages.document());
        }
        letters.addAndGet(MergedLetters.CHUNK);
        for (int i = 0; i < SINGLE_LETTERS_PER_ROUND && going(); i++) {
          LetterRenderer.renderAccessiblePdf(LetterDocument.of("fr", "Spécimen", List.of(body)));
          letters.incrementAndGet();
        }
      }
      writer.finish("Sésame");
      if (preview && going()) {
        LetterRenderer.toPng(
            LetterRenderer.renderPdf(LetterDocument.of("fr", List.of(body))), 0, 50);
      }
    } catch (RuntimeException e) {
      log.warn("Letter rendering could not warm up: {}", e.toString());
    }
  }

  private boolean going() {
    return !stopped
        && !realWorkStarted.getAsBoolean()
        && !Thread.currentThread().isInterrupted()
        && System.nanoTime() < deadline;
  }

  private static String specimen(Clock clock) {
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
    stopped = true;
  }
}
