package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The « Connexion » letters Sésame ships: one per audience, language and variant. Each is built
 * from the language's letter for the variant, with the opening paragraph written for the audience.
 */
public final class ShippedOriginals {

  /** One shipped original; {@code key} identifies it across versions of Sésame. */
  public record Original(
      String key,
      String name,
      String language,
      AccountKind audience,
      LetterVariant variant,
      String body) {}

  private static final Map<String, Map<AccountKind, String>> INTROS =
      Map.of(
          "fr",
          Map.of(
              AccountKind.PARENT,
              "Madame, Monsieur, l’établissement vous ouvre un compte pour suivre la scolarité {{#children}}de {{children}}{{/children}}{{^children}}de vos enfants{{/children}}. Voici comment l’activer.",
              AccountKind.STUDENT,
              "Bonjour {{first_name}}, voici votre compte personnel d’élève{{#class_name}} de {{class_name}}{{/class_name}}. Voici comment l’activer.",
              AccountKind.TEACHER,
              "Madame, Monsieur, voici votre compte d’enseignant. Voici comment l’activer.",
              AccountKind.STAFF,
              "Madame, Monsieur, voici votre compte pour les services de l’établissement. Voici comment l’activer.",
              AccountKind.INSPECTOR,
              "Madame, Monsieur, voici votre compte d’inspection. Voici comment l’activer."),
          "en",
          Map.of(
              AccountKind.PARENT,
              "Dear parent, the school opens an account for you to follow the schooling of {{#children}}{{children}}{{/children}}{{^children}}your children{{/children}}. Here is how to activate it.",
              AccountKind.STUDENT,
              "Hello {{first_name}}, here is your personal student account{{#class_name}} for class {{class_name}}{{/class_name}}. Here is how to activate it.",
              AccountKind.TEACHER,
              "Dear colleague, here is your teacher account. Here is how to activate it.",
              AccountKind.STAFF,
              "Dear colleague, here is your account for the school’s services. Here is how to activate it.",
              AccountKind.INSPECTOR,
              "Dear inspector, here is your inspection account. Here is how to activate it."));

  private static final Map<String, Map<AccountKind, String>> AUDIENCE_NAMES =
      Map.of(
          "fr",
          Map.of(
              AccountKind.PARENT, "Responsables",
              AccountKind.STUDENT, "Élèves",
              AccountKind.TEACHER, "Professeurs",
              AccountKind.STAFF, "Personnels",
              AccountKind.INSPECTOR, "Inspecteurs"),
          "en",
          Map.of(
              AccountKind.PARENT, "Parents",
              AccountKind.STUDENT, "Students",
              AccountKind.TEACHER, "Teachers",
              AccountKind.STAFF, "Staff",
              AccountKind.INSPECTOR, "Inspectors"));

  private ShippedOriginals() {}

  public static List<Original> all() {
    List<Original> originals = new ArrayList<>();
    for (String language : List.of("fr", "en")) {
      for (LetterVariant variant : LetterVariant.values()) {
        String letter = resource(language, variant);
        for (AccountKind audience : AccountKind.values()) {
          originals.add(
              new Original(
                  key(audience, language, variant),
                  name(language, audience, variant),
                  language,
                  audience,
                  variant,
                  letter.replace("[[intro]]", INTROS.get(language).get(audience))));
        }
      }
    }
    return originals;
  }

  static String key(AccountKind audience, String language, LetterVariant variant) {
    return "connexion-"
        + audience.name().toLowerCase(Locale.ROOT)
        + "-"
        + language
        + "-"
        + variant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String name(String language, AccountKind audience, LetterVariant variant) {
    String who = AUDIENCE_NAMES.get(language).get(audience);
    if (language.equals("fr")) {
      return "Connexion – "
          + who
          + (variant == LetterVariant.QR ? " (QR code)" : " (sans QR code)");
    }
    return "Sign-in letter – "
        + who
        + (variant == LetterVariant.QR ? " (QR code)" : " (no QR code)");
  }

  private static String resource(String language, LetterVariant variant) {
    String path =
        "/templates/originals/"
            + language
            + (variant == LetterVariant.QR ? "-qr.html" : "-no-qr.html");
    try (InputStream in = ShippedOriginals.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing shipped letter " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
