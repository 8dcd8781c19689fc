package fr.sesame.accounts;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Logins: lower-case ASCII letters, digits, {@code .}, {@code -} and {@code _}. Made from the names
 * by a pattern such as {@code prenom.nom} when none is given, and numbered on collision ({@code
 * helene.dupre}, {@code helene.dupre2}, ...).
 */
final class Logins {

  static final int MAX_LENGTH = 100;
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Pattern SEPARATOR = Pattern.compile("[._-]");

  private final List<String> pattern;

  /** Throws at start-up when the configured pattern makes no sense. */
  Logins(String pattern) {
    this.pattern = parse(pattern);
  }

  /** A login as typed by a person or a file, or why it cannot be one. */
  static String normalise(String login) {
    String folded = Text.fold(login.strip());
    if (!VALID.matcher(folded).matches()) {
      throw new InvalidValue(Message.of("login.characters"));
    }
    return folded;
  }

  /** The login the pattern makes from these names, before numbering. */
  String base(String firstName, String lastName) {
    StringBuilder login = new StringBuilder();
    for (String token : pattern) {
      switch (token) {
        case "prenom" -> login.append(word(firstName));
        case "nom" -> login.append(word(lastName));
        case "p" -> login.append(initial(firstName));
        case "n" -> login.append(initial(lastName));
        default -> login.append(token);
      }
    }
    String base = login.toString().replaceAll("^[._-]+|[._-]+$", "");
    if (base.isEmpty()) {
      base = "utilisateur";
    }
    return base.length() > MAX_LENGTH - 6 ? base.substring(0, MAX_LENGTH - 6) : base;
  }

  /** {@code base}, or {@code base2}, {@code base3}... whichever is not taken. */
  static String firstFree(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int number = 2; ; number++) {
      String candidate = base + number;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  /** "Jean Pierre" and "Le Gall" become "jean-pierre" and "le-gall"; other signs are dropped. */
  private static String word(String name) {
    return Text.fold(name)
        .strip()
        .replaceAll("[\\s'’-]+", "-")
        .replaceAll("[^a-z0-9-]", "")
        .replaceAll("^-+|-+$", "");
  }

  private static String initial(String name) {
    String word = word(name);
    return word.isEmpty() ? "" : word.substring(0, 1);
  }

  private static List<String> parse(String pattern) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    var separators = SEPARATOR.matcher(pattern);
    while (separators.find()) {
      tokens.add(pattern.substring(start, separators.start()));
      tokens.add(separators.group());
      start = separators.end();
    }
    tokens.add(pattern.substring(start));
    for (String token : tokens) {
      if (!Set.of("prenom", "nom", "p", "n", ".", "-", "_").contains(token)) {
        throw new IllegalArgumentException(
            "sesame.accounts.login-pattern: '"
                + token
                + "' is not one of prenom, nom, p, n (joined by . - or _)");
      }
    }
    return tokens;
  }
}
