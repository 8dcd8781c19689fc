package fr.sesame.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every kind of failure is answered with a problem detail, never a page or a stack trace. */
@ApplicationTest
class ProblemAnswersTest {

  @Autowired WebTestClient webTestClient;
  WebTestClient client;

  @BeforeEach
  void signIn() {
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    browser.signIn("admin", "test-admin-password").expectStatus().isOk();
    client = browser.client();
  }

  @Test
  void unknownApiPathIsNotFound() {
    expectProblem(client.get().uri("/api/no-such-thing").exchange(), 404, "not-found");
  }

  @Test
  void unknownFileIsNotFound() {
    expectProblem(client.get().uri("/assets/no-such-file.js").exchange(), 404, "not-found");
  }

  @Test
  void wrongMethodIsNotAllowedAndSaysWhatIs() {
    WebTestClient.ResponseSpec response = client.delete().uri("/api/auth/me").exchange();
    response.expectHeader().value(HttpHeaders.ALLOW, allow -> assertThat(allow).contains("GET"));
    expectProblem(response, 405, "method-not-allowed");
  }

  @Test
  void wrongContentTypeIsUnsupported() {
    expectProblem(
        client
            .post()
            .uri("/api/auth/login")
            .contentType(MediaType.TEXT_PLAIN)
            .bodyValue("admin")
            .exchange(),
        415,
        "unsupported-media-type");
  }

  @Test
  void brokenJsonIsMalformed() {
    expectProblem(
        client
            .post()
            .uri("/api/auth/login")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"username\": ")
            .exchange(),
        400,
        "malformed-request");
  }

  @Test
  void hugeBodyIsTooLarge() {
    String huge = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    expectProblem(
        client
            .post()
            .uri("/api/test-fixtures/echo")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(huge)
            .exchange(),
        413,
        "payload-too-large");
  }

  @Test
  void unexpectedErrorLeaksNothing() {
    String body =
        expectProblem(
            client.get().uri("/api/test-fixtures/boom").exchange(), 500, "internal-error");
    assertThat(body)
        .doesNotContain(ProblemFixtureController.SECRET)
        .doesNotContain("IllegalStateException")
        .doesNotContain("at fr.sesame");
  }

  /** Checks the answer is the expected problem and returns its body. */
  private static String expectProblem(
      WebTestClient.ResponseSpec response, int status, String type) {
    byte[] body =
        response
            .expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo("/problems/" + type)
            .jsonPath("$.status")
            .isEqualTo(status)
            .jsonPath("$.title")
            .isNotEmpty()
            .returnResult()
            .getResponseBody();
    return new String(body, StandardCharsets.UTF_8);
  }
}
