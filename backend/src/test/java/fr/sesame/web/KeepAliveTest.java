package fr.sesame.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A browser on the sign-in or activation page keeps one connection open and sends a GET, then a
 * POST, again and again. Every request must be answered: a request that came in while the previous
 * answer was still finishing (written from a worker thread) used to be queued and then never read.
 * The test has an application context of its own, so its wrong codes throttle no other test.
 */
@ApplicationTest
@TestPropertySource(properties = "sesame.test.context=keep-alive")
class KeepAliveTest {

  private static final int PAIRS = 200;
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

  @LocalServerPort int port;

  @Test
  void everySignInAfterAGetIsAnsweredOnOneConnection() throws Exception {
    Outcome outcome =
        pairs("/api/auth/me", "/api/auth/login", "{\"username\":\"nobody\",\"password\":\"x\"}");

    assertThat(outcome.unanswered()).as(outcome.toString()).isEmpty();
    assertThat(outcome.statuses()).containsOnlyKeys(401, 429);
  }

  @Test
  void everyActivationAfterAGetIsAnsweredOnOneConnection() throws Exception {
    Outcome outcome =
        pairs(
            "/api/activation/policy",
            "/api/activation/verify",
            "{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"code\":\"123456\"}");

    assertThat(outcome.unanswered()).as(outcome.toString()).isEmpty();
    assertThat(outcome.statuses()).containsOnlyKeys(410, 429);
  }

  private record Outcome(Map<Integer, Integer> statuses, List<Integer> unanswered) {}

  /** {@link #PAIRS} times a GET then a POST, on one kept-alive HTTP/1.1 connection. */
  private Outcome pairs(String get, String post, String body) throws Exception {
    CookieManager cookies = new CookieManager();
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<Integer> unanswered = new ArrayList<>();
    HttpClient client = connection(cookies);
    for (int pair = 0; pair < PAIRS; pair++) {
      try {
        send(client, HttpRequest.newBuilder(uri(get)).GET());
        String csrf = csrfToken(cookies);
        HttpResponse<String> answer =
            send(
                client,
                HttpRequest.newBuilder(uri(post))
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        statuses.merge(answer.statusCode(), 1, Integer::sum);
      } catch (HttpTimeoutException stalled) {
        unanswered.add(pair);
        client = connection(cookies); // a fresh connection for the next pair
      }
    }
    return new Outcome(statuses, unanswered);
  }

  private static HttpClient connection(CookieManager cookies) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(cookies)
        .connectTimeout(ANSWER_WITHIN)
        .build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(ANSWER_WITHIN).header("Accept", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrfToken(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
