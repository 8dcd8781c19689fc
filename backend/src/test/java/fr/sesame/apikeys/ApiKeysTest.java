package fr.sesame.apikeys;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A program calls the API with a key: no cookie, no CSRF token, only what its scopes allow, until
 * it is revoked or expires, and no faster than the limit (50 a minute in the tests).
 */
@ApplicationTest
class ApiKeysTest {

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;
  WebTestClient admin;
  String name;

  @BeforeEach
  void setUp() {
    admin = SignedIn.admin(webTestClient);
    name = "Portail " + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void theSecretIsShownOnceAndOnlyItsFingerprintIsListed() {
    String created = create(List.of("accounts:read"), null);
    String key = JsonPath.read(created, "$.key");
    assertThat(key).startsWith("sk_").hasSize(46);
    assertThat((String) JsonPath.read(created, "$.prefix")).isEqualTo(key.substring(0, 7));
    assertThat((List<String>) JsonPath.read(created, "$.scopes")).containsExactly("accounts:read");

    String listed = body(admin.get().uri("/api/api-keys").exchange().expectStatus().isOk());
    assertThat(listed).doesNotContain(key).doesNotContain("\"key\"");
    assertThat((List<String>) JsonPath.read(listed, "$[?(@.name == '" + name + "')].prefix"))
        .containsExactly(key.substring(0, 7));
  }

  @Test
  void aKeyReachesOnlyWhatItsScopesAllowWithoutCookieOrCsrf() {
    String reader = JsonPath.read(create(List.of("accounts:read"), null), "$.key");
    String writer =
        JsonPath.read(
            create(List.of("accounts:read", "accounts:write", "audit:read"), null), "$.key");

    program(reader).get().uri("/api/accounts?size=1").exchange().expectStatus().isOk();
    program(reader)
        .post()
        .uri("/api/accounts")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("kind", "TEACHER", "lastName", "Clé", "firstName", "Refusée"))
        .exchange()
        .expectStatus()
        .isForbidden();
    for (String adminOnly : List.of("/api/api-keys", "/api/identity", "/api/webhooks")) {
      program(writer).get().uri(adminOnly).exchange().expectStatus().isForbidden();
    }
    program(reader).get().uri("/api/sends").exchange().expectStatus().isForbidden();

    String account =
        body(
            program(writer)
                .post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "TEACHER", "lastName", "Programme", "firstName", name))
                .exchange()
                .expectStatus()
                .isCreated());
    String id = JsonPath.read(account, "$.id");
    String journal =
        body(
            program(writer)
                .get()
                .uri("/api/audit-events?action=ACCOUNT_CREATED&accountId=" + id)
                .exchange()
                .expectStatus()
                .isOk());
    assertThat((List<String>) JsonPath.read(journal, "$.items[*].actor"))
        .containsExactly("api-key:" + name);
    // The answer sets no session cookie: nothing to carry between calls.
    program(reader)
        .get()
        .uri("/api/accounts?size=1")
        .exchange()
        .expectHeader()
        .doesNotExist("Set-Cookie");
  }

  @Test
  void aRevokedOrExpiredKeyIsRefused() {
    String created = create(List.of("accounts:read"), null);
    String key = JsonPath.read(created, "$.key");
    program(key).get().uri("/api/accounts?size=1").exchange().expectStatus().isOk();
    admin
        .delete()
        .uri("/api/api-keys/" + JsonPath.read(created, "$.id"))
        .exchange()
        .expectStatus()
        .isNoContent();
    program(key)
        .get()
        .uri("/api/accounts?size=1")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/unauthenticated");

    Instant inAnHour = clock.instant().plus(Duration.ofHours(1));
    String shortLived =
        JsonPath.read(create(List.of("accounts:read"), inAnHour.toString()), "$.key");
    program(shortLived).get().uri("/api/accounts?size=1").exchange().expectStatus().isOk();
    clock.advance(Duration.ofHours(2));
    program(shortLived)
        .get()
        .uri("/api/accounts?size=1")
        .exchange()
        .expectStatus()
        .isUnauthorized();
    program("sk_forged").get().uri("/api/accounts").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void requestsBeyondTheLimitWaitForTheNextMinute() {
    String key = JsonPath.read(create(List.of("accounts:read"), null), "$.key");
    // Start at the beginning of a minute, so the test clock's minute holds all the calls.
    clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
    for (int call = 0; call < 50; call++) {
      program(key).get().uri("/api/accounts?size=1").exchange().expectStatus().isOk();
    }
    clock.advance(Duration.ofSeconds(15));
    program(key)
        .get()
        .uri("/api/accounts?size=1")
        .exchange()
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .valueEquals("Retry-After", "45")
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/too-many-attempts");
    // Other keys are not held back.
    String other = JsonPath.read(create(List.of("accounts:read"), null), "$.key");
    program(other).get().uri("/api/accounts?size=1").exchange().expectStatus().isOk();
    clock.advance(Duration.ofSeconds(45));
    program(key).get().uri("/api/accounts?size=1").exchange().expectStatus().isOk();
  }

  @Test
  void aKeyInTheAddressIsRefused() {
    String key = JsonPath.read(create(List.of("accounts:read"), null), "$.key");
    for (String uri : List.of("/api/accounts?api_key=" + key, "/api/accounts?q=" + key)) {
      webTestClient
          .get()
          .uri(uri)
          .exchange()
          .expectStatus()
          .isBadRequest()
          .expectBody()
          .jsonPath("$.detail")
          .value(detail -> assertThat((String) detail).contains("en-tête Authorization"));
    }
  }

  @Test
  void badKeyRequestsAreAnsweredFieldByField() {
    Map<String, Object> tooLong = new HashMap<>();
    tooLong.put("name", name);
    tooLong.put("scopes", List.of("accounts:read"));
    tooLong.put("expiresAt", clock.instant().plus(Duration.ofDays(400)).toString());
    admin
        .post()
        .uri("/api/api-keys")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(tooLong)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("expiresAt");
    admin
        .post()
        .uri("/api/api-keys")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", " ", "scopes", List.of()))
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[*].field")
        .value(fields -> assertThat((List<String>) fields).contains("name", "scopes"));
    admin
        .post()
        .uri("/api/api-keys")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name, "scopes", List.of("everything")))
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private String create(List<String> scopes, String expiresAt) {
    Map<String, Object> input = new HashMap<>();
    input.put("name", name);
    input.put("scopes", scopes);
    input.put("expiresAt", expiresAt);
    return body(
        admin
            .post()
            .uri("/api/api-keys")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(input)
            .exchange()
            .expectStatus()
            .isCreated());
  }

  /** A client with the key and nothing else: no cookie jar, no CSRF header. */
  private WebTestClient program(String key) {
    return webTestClient.mutate().defaultHeader("Authorization", "Bearer " + key).build();
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }
}
