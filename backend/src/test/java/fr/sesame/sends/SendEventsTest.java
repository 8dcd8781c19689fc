package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A send's event streams: a few per caller, and each ends when its caller's session ends or its key
 * is revoked, instead of polling on for nobody.
 */
@ApplicationTest
class SendEventsTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  WebTestClient admin;
  String tag;
  String sendId;
  final List<Disposable> open = new ArrayList<>();

  @BeforeEach
  void setUp() {
    admin = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    tag = "Flux" + UUID.randomUUID().toString().substring(0, 6);
    sendId = runningSend();
  }

  @AfterEach
  void tearDown() {
    open.forEach(Disposable::dispose);
    db.sql("update send set state = 'DONE' where id = :id")
        .bind("id", UUID.fromString(sendId))
        .then()
        .block();
  }

  @Test
  void aFifthStreamOfOneCallerIsRefused() {
    WebTestClient program =
        ApiFixtures.program(webTestClient, ApiFixtures.apiKey(admin, tag, List.of("sends:read")));
    for (int i = 0; i < 4; i++) {
      open.add(stream(program).subscribe());
    }
    program
        .get()
        .uri("/api/sends/" + sendId + "/events")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists("Retry-After")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/too-many-attempts");
    // Another caller is not held back.
    List<String> first = stream(admin).take(1).collectList().block(Duration.ofSeconds(10));
    assertThat(first).hasSize(1);
  }

  @Test
  void aStreamEndsWhenItsSessionEnds() {
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    browser.signIn("admin", "test-admin-password").expectStatus().isOk();
    Flux<String> events = stream(browser.client()).cache();
    events.take(1).blockLast(Duration.ofSeconds(10));

    browser.client().post().uri("/api/auth/logout").exchange().expectStatus().is2xxSuccessful();

    List<String> all = events.collectList().block(Duration.ofSeconds(10));
    assertThat(all).as("the stream completed after sign-out").isNotEmpty();
  }

  @Test
  void aStreamEndsWhenItsKeyIsRevoked() {
    String created =
        new String(
            admin
                .post()
                .uri("/api/api-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", tag, "scopes", List.of("sends:read")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            java.nio.charset.StandardCharsets.UTF_8);
    WebTestClient program = ApiFixtures.program(webTestClient, JsonPath.read(created, "$.key"));
    Flux<String> events = stream(program).cache();
    events.take(1).blockLast(Duration.ofSeconds(10));

    admin
        .delete()
        .uri("/api/api-keys/" + JsonPath.read(created, "$.id"))
        .exchange()
        .expectStatus()
        .isNoContent();

    List<String> all = events.collectList().block(Duration.ofSeconds(10));
    assertThat(all).as("the stream completed after revocation").isNotEmpty();
  }

  private Flux<String> stream(WebTestClient client) {
    return client
        .mutate()
        .responseTimeout(Duration.ofSeconds(30))
        .build()
        .get()
        .uri("/api/sends/" + sendId + "/events")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isOk()
        .returnResult(String.class)
        .getResponseBody();
  }

  /** A PDF send, put back to running as if its e-mails were still going out. */
  String runningSend() {
    String id = ApiFixtures.sendToNewParent(admin, tag, "PDF");
    db.sql("update send set state = 'RUNNING' where id = :id")
        .bind("id", UUID.fromString(id))
        .then()
        .block();
    return id;
  }
}
