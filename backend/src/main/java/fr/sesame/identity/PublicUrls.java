package fr.sesame.identity;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The public URL is printed on letters and put in QR codes, so it must be an address a phone can
 * open safely: {@code https://}, or {@code http://} for a machine's own loopback only (trying
 * Sésame out). Stored with a trailing slash.
 */
final class PublicUrls {

  private PublicUrls() {}

  static String normalise(String raw) {
    URI uri;
    try {
      uri = new URI(raw.trim());
    } catch (URISyntaxException e) {
      throw new InvalidValue(Message.of("publicUrl.invalid"));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new InvalidValue(Message.of("publicUrl.scheme"));
    }
    if (host.isEmpty()) {
      throw new InvalidValue(Message.of("publicUrl.host"));
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new InvalidValue(Message.of("publicUrl.https"));
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new InvalidValue(Message.of("publicUrl.extraParts"));
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    return scheme + "://" + host + port + path;
  }

  /** Decided from the text alone: no name is ever looked up. */
  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.matches("127(\\.[0-9]{1,3}){3}")
        || host.equals("[::1]");
  }
}
