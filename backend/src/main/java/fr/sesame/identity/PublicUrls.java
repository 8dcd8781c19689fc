package fr.sesame.identity;

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
      throw new IllegalArgumentException("is not a valid address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("must start with https://");
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("must name a host, such as https://sesame.example.fr/");
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException("must use https:// (http:// only for localhost)");
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("must not contain a user, a query (?) or a fragment (#)");
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
