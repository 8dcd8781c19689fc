package fr.sesame.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * A {@link WebTestClient} that behaves like the console in a browser: it keeps cookies between
 * calls and echoes the {@code XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN} on state-changing calls.
 */
public final class BrowserLikeClient {

  private final Map<String, String> cookies = new ConcurrentHashMap<>();
  private final WebTestClient client;

  public BrowserLikeClient(WebTestClient base, boolean sendCsrfHeader) {
    this.client =
        base.mutate()
            .filter(
                (request, next) -> {
                  ClientRequest.Builder withCookies =
                      ClientRequest.from(request).cookies(jar -> cookies.forEach(jar::set));
                  String csrf = cookies.get("XSRF-TOKEN");
                  boolean safe =
                      request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
                  if (sendCsrfHeader && !safe && csrf != null) {
                    withCookies.header("X-XSRF-TOKEN", csrf);
                  }
                  return next.exchange(withCookies.build())
                      .doOnNext(
                          response ->
                              response
                                  .cookies()
                                  .forEach(
                                      (name, values) ->
                                          values.forEach(
                                              cookie -> {
                                                if (cookie.getMaxAge().isZero()) {
                                                  cookies.remove(name);
                                                } else {
                                                  cookies.put(name, cookie.getValue());
                                                }
                                              })));
                })
            .build();
  }

  public WebTestClient client() {
    return client;
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  /** Loads a page first, as the console does, which hands out the CSRF cookie. */
  public WebTestClient.ResponseSpec signIn(String username, String password) {
    client.get().uri("/api/auth/me").exchange();
    return client
        .post()
        .uri("/api/auth/login")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", username, "password", password))
        .exchange();
  }
}
