package fr.sesame.identity;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address « Mon compte » sends a recipient to next (the ENT, PRONOTE): a link parents follow on
 * their phones, so {@code https://} with a host and no user part, nothing else.
 */
final class NextStepUrls {

  private NextStepUrls() {}

  static String normalise(String raw) {
    URI uri;
    try {
      uri = new URI(raw.trim());
    } catch (URISyntaxException e) {
      throw new InvalidValue(Message.of("nextStepUrl.invalid"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https")) {
      throw new InvalidValue(Message.of("nextStepUrl.https"));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InvalidValue(Message.of("nextStepUrl.host"));
    }
    if (uri.getRawUserInfo() != null) {
      throw new InvalidValue(Message.of("nextStepUrl.userInfo"));
    }
    return uri.toString();
  }
}
