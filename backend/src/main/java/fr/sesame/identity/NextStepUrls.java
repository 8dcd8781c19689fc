package fr.sesame.identity;

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
      throw new IllegalArgumentException("is not a valid address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https")) {
      throw new IllegalArgumentException("must start with https://");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("must name a host, such as https://ent.example.fr/");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("must not contain a user name or password");
    }
    return uri.toString();
  }
}
