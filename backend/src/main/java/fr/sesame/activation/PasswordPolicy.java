package fr.sesame.activation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.springframework.stereotype.Component;

/**
 * DESIGN §3 rule 8: 12 to 128 characters, no composition rules; refused when it is a common
 * password or built on one (nbvcxz's offline list, with its leet and reversed matching), or built
 * on the user's own names or login. Blocking CPU work: call it off the event loop. Administrators'
 * passwords follow it too.
 */
@Component
public class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;
  // Shorter name parts (« Léa », « Ali ») hide in ordinary words: « please », « quality ».
  private static final int MIN_PERSONAL_WORD = 4;

  /** Why a password is refused, as the API names it. */
  public enum Reason {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    PERSONAL
  }

  private final Nbvcxz commonPasswords;

  PasswordPolicy() {
    List<Dictionary> passwords =
        ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(dictionary -> dictionary.getDictionaryName().equals("passwords"))
            .toList();
    this.commonPasswords =
        new Nbvcxz(new ConfigurationBuilder().setDictionaries(passwords).createConfiguration());
  }

  /** The reasons to refuse {@code password}; empty when it is fine. */
  public List<Reason> check(String password, List<String> personalWords) {
    List<Reason> reasons = new ArrayList<>();
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      reasons.add(Reason.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      reasons.add(Reason.TOO_LONG);
      return reasons; // not worth analysing further
    }
    if (isCommon(password)) {
      reasons.add(Reason.COMMON);
    }
    String folded = fold(password);
    boolean personal =
        personalWords.stream()
            .filter(word -> word != null)
            .flatMap(word -> List.of(fold(word).split("[^a-z0-9]+")).stream())
            .filter(part -> part.length() >= MIN_PERSONAL_WORD)
            .anyMatch(folded::contains);
    if (personal) {
      reasons.add(Reason.PERSONAL);
    }
    return reasons;
  }

  /** A common password makes up at least half of it, as typed, reversed or in leet. */
  private boolean isCommon(String password) {
    return commonPasswords.estimate(password).getMatches().stream()
        .anyMatch(
            match ->
                match instanceof DictionaryMatch dictionary
                    && dictionary.getLength() * 2 >= password.length());
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }
}
