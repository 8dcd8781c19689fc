package fr.sesame.web;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The languages the API answers in, chosen from {@code Accept-Language}: French, Sésame's language
 * and its users', unless the caller prefers English. French when the header is absent, malformed,
 * or names neither.
 */
public final class Languages {

  public static final Locale FRENCH = Locale.FRENCH;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

  private Languages() {}

  public static Locale of(ServerHttpRequest request) {
    return of(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static Locale of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return FRENCH;
    }
    try {
      Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
      return chosen == null ? FRENCH : chosen;
    } catch (IllegalArgumentException malformed) {
      return FRENCH;
    }
  }
}
