package fr.sesame.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An administrator signs in, uses the console, and signs out, as a browser would. */
@ApplicationTest
class SignInJourneyTest {

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;

  BrowserLikeClient browser;

  @BeforeEach
  void newBrowser() {
    browser = new BrowserLikeClient(webTestClient, true);
  }

  @Test
  void signsInSeesWhoAndSignsOut() {
    browser
        .client()
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/unauthenticated");
    assertThat(browser.cookie("XSRF-TOKEN"))
        .as("CSRF cookie handed out before sign-in")
        .isNotBlank();

    ResponseCookie session =
        browser
            .signIn("admin", "test-admin-password")
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.username")
            .isEqualTo("admin")
            .jsonPath("$.roles[0]")
            .isEqualTo("ADMIN")
            .returnResult()
            .getResponseCookies()
            .getFirst("SESAME_SESSION");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    assertThat(session.getValue()).hasSizeGreaterThanOrEqualTo(43);

    browser.client().get().uri("/api/auth/me").exchange().expectStatus().isOk();
    browser.client().post().uri("/api/auth/logout").exchange().expectStatus().isNoContent();

    BrowserLikeClient replay = new BrowserLikeClient(webTestClient, true);
    replay.setCookie("SESAME_SESSION", session.getValue());
    replay.client().get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void stateChangingCallsNeedTheCsrfHeader() {
    BrowserLikeClient noHeader = new BrowserLikeClient(webTestClient, false);
    noHeader
        .signIn("admin", "test-admin-password")
        .expectStatus()
        .isForbidden()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/csrf-token-invalid");
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    String wrongPassword = problemOf(browser.signIn("admin", "not the password at all"));
    String unknownUser = problemOf(browser.signIn("nobody-here", "not the password at all"));
    assertThat(wrongPassword).isEqualTo(unknownUser).contains("/problems/sign-in-failed");
  }

  @Test
  void backsOffAfterFiveFailuresWhetherOrNotTheUserExists() {
    String username = "ghost-" + System.nanoTime();
    for (int attempt = 1; attempt <= 5; attempt++) {
      browser.signIn(username, "wrong password " + attempt).expectStatus().isUnauthorized();
    }
    browser
        .signIn(username, "wrong password 6")
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueEquals(HttpHeaders.RETRY_AFTER, "1")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/too-many-attempts")
        .jsonPath("$.retryAfterSeconds")
        .isEqualTo(1);

    clock.advance(Duration.ofSeconds(2));
    browser.signIn(username, "wrong password 6").expectStatus().isUnauthorized();
    browser
        .signIn(username, "wrong password 7")
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueEquals(HttpHeaders.RETRY_AFTER, "2");
  }

  @Test
  void parallelGuessesAreCountedOneByOne() {
    String username = "burst-" + System.nanoTime();
    browser.client().get().uri("/api/auth/me").exchange();
    java.util.List<Integer> statuses =
        reactor.core.publisher.Flux.range(0, 10)
            .flatMap(
                attempt ->
                    reactor.core.publisher.Mono.fromCallable(
                            () ->
                                browser
                                    .client()
                                    .post()
                                    .uri("/api/auth/login")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .bodyValue(
                                        Map.of(
                                            "username", username, "password", "guess " + attempt))
                                    .exchange()
                                    .returnResult(String.class)
                                    .getStatus()
                                    .value())
                        .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()),
                10)
            .collectList()
            .block();
    assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
    assertThat(statuses).filteredOn(status -> status == 429).hasSize(5);
  }

  @Test
  void idleSessionsExpire() {
    browser.signIn("admin", "test-admin-password").expectStatus().isOk();
    clock.advance(Duration.ofMinutes(90));
    browser.client().get().uri("/api/auth/me").exchange().expectStatus().isOk();
    clock.advance(Duration.ofMinutes(90));
    browser.client().get().uri("/api/auth/me").exchange().expectStatus().isOk();
    clock.advance(Duration.ofHours(2).plusMinutes(1));
    browser.client().get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void answersCarryTheSecurityHeaders() {
    browser
        .client()
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectHeader()
        .valueEquals("X-Content-Type-Options", "nosniff")
        .expectHeader()
        .valueEquals("Referrer-Policy", "no-referrer")
        .expectHeader()
        .valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
        .expectHeader()
        .valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*");
  }

  @Test
  void rejectsBlankFieldsWithFieldErrors() {
    browser.client().get().uri("/api/auth/me").exchange();
    browser
        .client()
        .post()
        .uri("/api/auth/login")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", "", "password", "x"))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field")
        .isEqualTo("username");
  }

  private static String problemOf(WebTestClient.ResponseSpec response) {
    return new String(
        response.expectStatus().isUnauthorized().expectBody().returnResult().getResponseBody());
  }
}
