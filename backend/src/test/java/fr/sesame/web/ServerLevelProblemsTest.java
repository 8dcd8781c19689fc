package fr.sesame.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers given before any operation — a request line over the limit, {@code //} in a path, a body
 * announced larger than any endpoint takes — are problem details too, and a client that sends the
 * whole body before reading gets the 413 rather than a reset connection.
 */
@ApplicationTest
class ServerLevelProblemsTest {

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void aRequestLineOverTheLimitGetsAProblem() throws Exception {
    HttpResponse<String> answer = get("/api/accounts?q=" + "x".repeat(20_000));
    assertThat(answer.statusCode()).isEqualTo(414);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("\"type\":\"/problems/uri-too-long\"");
  }

  @Test
  void aLongQueryUnderTheLimitReachesTheApplication() throws Exception {
    HttpResponse<String> answer = get("/api/accounts?q=" + "x".repeat(10_000));
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("/problems/unauthenticated");
  }

  @Test
  void aDoubleSlashGetsAProblem() throws Exception {
    HttpResponse<String> answer = get("/api//accounts");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(answer.body()).contains("/problems/malformed-request");
  }

  @Test
  void aNulInAQueryParameterIsNamed() throws Exception {
    HttpResponse<String> answer = get("/api/activation/policy?lang=a%00b");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("/problems/validation-failed")
        .contains("\"field\":\"lang\"");
  }

  @Test
  void aBodyLargerThanAnyEndpointTakesIsReadThenAnswered413() throws Exception {
    byte[] body = new byte[48 << 20];
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/accounts/import"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("/problems/payload-too-large");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
