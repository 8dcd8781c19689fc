package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import fr.sesame.templates.ShippedOriginals;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/** Parents' letters from the French QR original, numbered, for tests and the benchmark. */
public final class SampleLetters {

  public static final Identity SCHOOL =
      new Identity(
          "Collège Jean Moulin",
          "0751234A",
          "12 rue des Écoles\n75005 Paris",
          "https://sesame.college-jean-moulin.fr/",
          null,
          null);
  static final String BODY =
      ShippedOriginals.all().stream()
          .filter(
              original ->
                  original.language().equals("fr")
                      && original.audience() == AccountKind.PARENT
                      && original.variant() == LetterVariant.QR)
          .findFirst()
          .orElseThrow()
          .body();

  private SampleLetters() {}

  /** Letters 0 … count-1, each built when rendering asks for it. */
  public static Flux<Supplier<String>> letters(int count, String logoDataUri) {
    return Flux.range(0, count).map(i -> () -> letter(i, logoDataUri));
  }

  public static String letter(int i, String logoDataUri) {
    return LetterValues.merge(
        BODY,
        LetterValues.of(
            SCHOOL,
            SCHOOL.publicUrl(),
            logoDataUri,
            parent(i),
            "Élève " + i + " Martin (6A) et Noé Martin (4B)",
            "fr",
            Instant.parse("2026-09-01T08:00:00Z"),
            new LetterValues.Secrets(
                link(i),
                securityCode(i),
                activationCode(i),
                Instant.parse("2026-10-01T08:00:00Z"))));
  }

  public static String login(int i) {
    return "helene.martin" + i;
  }

  /** 32 characters after the {@code #}, like a real token. */
  public static String link(int i) {
    String token = (Integer.toString(i, 36) + "-" + "x".repeat(32)).substring(0, 32);
    return SCHOOL.publicUrl() + "activate#" + token;
  }

  static String activationCode(int i) {
    return ("K7QM3XPT" + String.format("%04d", i % 10_000)).replace('0', 'Z').replace('1', 'W');
  }

  static String securityCode(int i) {
    return String.format("%06d", (i * 7919L) % 1_000_000);
  }

  private static Account parent(int i) {
    return new Account(
        null,
        AccountKind.PARENT,
        "Mme",
        "Martin-" + i,
        "Hélène",
        login(i),
        null,
        null,
        List.of(),
        List.of(),
        i + " avenue de la République\n75011 Paris",
        null,
        null,
        null);
  }
}
