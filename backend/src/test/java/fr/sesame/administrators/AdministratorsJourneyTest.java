package fr.sesame.administrators;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.MutableClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A team of administrators, through HTTP as the console calls it: invited with a one-time link or
 * an initial password, working side by side and told apart in the journal, changing their own
 * password, disabled and enabled again, never all locked out.
 */
@ApplicationTest
class AdministratorsJourneyTest {

  static final String ADMIN_PASSWORD = "test-admin-password";
  static final String CHOSEN = "cerf-volant violet sous la pluie";

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;
  WebTestClient admin;
  String suffix;

  @BeforeEach
  void signIn() {
    admin = browser("admin", ADMIN_PASSWORD).client();
    suffix = UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aColleagueInvitedWithALinkSetsAPasswordAndTheJournalTellsThemApart() {
    String username = "secretariat-" + suffix;
    String invitation = invite(username, "Martine Laurent " + suffix, null);
    String path = JsonPath.read(invitation, "$.passwordLink.path");
    assertThat(path).startsWith("/set-password#");
    String token = path.substring(path.indexOf('#') + 1);
    assertThat(token).hasSize(43);
    assertThat((Object) listed(username, "$.passwordSet")).isEqualTo(false);
    new BrowserLikeClient(webTestClient, true)
        .signIn(username, CHOSEN)
        .expectStatus()
        .isUnauthorized();

    BrowserLikeClient page = new BrowserLikeClient(webTestClient, true);
    page.client().get().uri("/api/auth/me").exchange();
    post(page.client(), "/api/auth/password-link/verify", Map.of("token", token))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.displayName")
        .isEqualTo("Martine Laurent " + suffix);
    post(page.client(), "/api/auth/password-link/use", linkUse(token, "trop court"))
        .expectStatus()
        .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    post(
            page.client(),
            "/api/auth/password-link/use",
            linkUse(token, "Laurent " + suffix + " 2026!"))
        .expectStatus()
        .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
        .expectBody()
        .jsonPath("$.reasons[0]")
        .isEqualTo("PERSONAL");
    post(page.client(), "/api/auth/password-link/use", linkUse(token, CHOSEN))
        .expectStatus()
        .isNoContent();
    post(page.client(), "/api/auth/password-link/use", linkUse(token, CHOSEN + " encore"))
        .expectStatus()
        .isEqualTo(HttpStatus.GONE)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/password-link-invalid");

    WebTestClient colleague = browser(username, CHOSEN).client();
    colleague
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectBody()
        .jsonPath("$.displayName")
        .isEqualTo("Martine Laurent " + suffix);
    // Side by side: each invites someone; the journal names who did what.
    String byColleague =
        JsonPath.read(
            body(
                post(
                        colleague,
                        "/api/administrators",
                        Map.of("username", "cpe-" + suffix, "displayName", "CPE " + suffix))
                    .expectStatus()
                    .isCreated()),
            "$.administrator.id");
    String byAdmin =
        JsonPath.read(
            invite("principal-" + suffix, "Principal " + suffix, null), "$.administrator.id");

    String journal =
        body(
            admin
                .get()
                .uri("/api/audit-events?action=ADMINISTRATOR_CREATED&size=500")
                .exchange()
                .expectStatus()
                .isOk());
    assertThat(actorOf(journal, byColleague))
        .containsExactly(username + " / Martine Laurent " + suffix);
    assertThat(actorOf(journal, byAdmin)).containsExactly("admin / admin");
    assertThat(
            (List<String>)
                JsonPath.read(
                    body(
                        admin
                            .get()
                            .uri("/api/audit-events?actor=" + username + "&size=500")
                            .exchange()
                            .expectStatus()
                            .isOk()),
                    "$.items[*].action"))
        .contains("ADMINISTRATOR_PASSWORD_SET", "ADMINISTRATOR_CREATED");
    assertThat(journal).doesNotContain(token);
    assertThat((Object) listed(username, "$.lastSignInAt")).isNotNull();
  }

  @Test
  void aLinkExpiresAfterThreeDays() {
    String path =
        JsonPath.read(invite("tardif-" + suffix, "Tardif " + suffix, null), "$.passwordLink.path");
    String token = path.substring(path.indexOf('#') + 1);
    clock.advance(Duration.ofDays(3).plusMinutes(1));
    BrowserLikeClient page = new BrowserLikeClient(webTestClient, true);
    page.client().get().uri("/api/auth/me").exchange();
    post(page.client(), "/api/auth/password-link/verify", Map.of("token", token))
        .expectStatus()
        .isEqualTo(HttpStatus.GONE);
    post(page.client(), "/api/auth/password-link/use", linkUse(token, CHOSEN))
        .expectStatus()
        .isEqualTo(HttpStatus.GONE);
    // A new link works; the old one stays dead.
    admin = browser("admin", ADMIN_PASSWORD).client();
    String id = listed("tardif-" + suffix, "$.id");
    String renewed =
        JsonPath.read(
            body(
                post(admin, "/api/administrators/" + id + "/password-link", Map.of())
                    .expectStatus()
                    .isCreated()),
            "$.path");
    post(
            page.client(),
            "/api/auth/password-link/use",
            linkUse(renewed.substring(renewed.indexOf('#') + 1), CHOSEN))
        .expectStatus()
        .isNoContent();
  }

  @Test
  void anInitialPasswordMustBeChangedAndAChangeEndsTheOtherSessionsOnly() {
    String username = "cpe-" + suffix;
    String initial = "tournesol bleu sur la colline";
    invite(username, "Karim Benali " + suffix, initial);
    BrowserLikeClient current = browser(username, initial);
    BrowserLikeClient other = browser(username, initial);
    current
        .client()
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectBody()
        .jsonPath("$.roles[0]")
        .isEqualTo("PASSWORD_CHANGE_REQUIRED");
    current.client().get().uri("/api/accounts").exchange().expectStatus().isForbidden();

    post(current.client(), "/api/auth/password", passwordChange("pas le bon mot de passe", CHOSEN))
        .expectStatus()
        .isUnauthorized();
    long started = System.nanoTime();
    post(current.client(), "/api/auth/password", passwordChange(initial, CHOSEN))
        .expectStatus()
        .isNoContent();
    System.out.printf(
        "Administrator password change (Argon2id check + policy + hash): %d ms%n",
        (System.nanoTime() - started) / 1_000_000);

    current
        .client()
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.roles[0]")
        .isEqualTo("ADMIN");
    current.client().get().uri("/api/accounts").exchange().expectStatus().isOk();
    other.client().get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
    new BrowserLikeClient(webTestClient, true)
        .signIn(username, initial)
        .expectStatus()
        .isUnauthorized();
    browser(username, CHOSEN);
  }

  @Test
  void aDisabledAdministratorIsSignedOutAtOnceAndCannotSignIn() {
    String username = "parti-" + suffix;
    invite(username, "Parti " + suffix, "tournesol bleu sur la colline");
    BrowserLikeClient session = browser(username, "tournesol bleu sur la colline");
    String id = listed(username, "$.id");

    post(admin, "/api/administrators/" + id + "/disable", Map.of())
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("DISABLED");
    session.client().get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
    new BrowserLikeClient(webTestClient, true)
        .signIn(username, "tournesol bleu sur la colline")
        .expectStatus()
        .isUnauthorized();

    post(admin, "/api/administrators/" + id + "/enable", Map.of()).expectStatus().isOk();
    browser(username, "tournesol bleu sur la colline");
  }

  @Test
  void theLastActiveAdministratorIsNeverDisabledNotEvenByTwoAtOnce() throws Exception {
    String adminId = listed("admin", "$.id");
    disableEveryoneBut("admin");
    post(admin, "/api/administrators/" + adminId + "/disable", Map.of())
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/last-administrator");

    String username = "adjoint-" + suffix;
    invite(username, "Adjoint " + suffix, "tournesol bleu sur la colline");
    WebTestClient colleague = browser(username, "tournesol bleu sur la colline").client();
    post(colleague, "/api/auth/password", passwordChange("tournesol bleu sur la colline", CHOSEN))
        .expectStatus()
        .isNoContent();
    String colleagueId = listed(username, "$.id");
    post(admin, "/api/administrators/" + adminId + "/disable", Map.of())
        .expectStatus()
        .isEqualTo(HttpStatus.CONFLICT)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/conflict");

    try {
      CompletableFuture<HttpStatus> one =
          CompletableFuture.supplyAsync(
              () ->
                  status(post(admin, "/api/administrators/" + colleagueId + "/disable", Map.of())));
      CompletableFuture<HttpStatus> two =
          CompletableFuture.supplyAsync(
              () ->
                  status(post(colleague, "/api/administrators/" + adminId + "/disable", Map.of())));
      List<HttpStatus> answers = List.of(one.get(), two.get());
      assertThat(answers).containsOnlyOnce(HttpStatus.OK);
      assertThat(answers).containsAnyOf(HttpStatus.CONFLICT, HttpStatus.UNAUTHORIZED);
      long active =
          ((List<?>)
                  JsonPath.read(
                      body(
                          browserOfWhoeverIsActive(username)
                              .get()
                              .uri("/api/administrators?size=500")
                              .exchange()
                              .expectStatus()
                              .isOk()),
                      "$.items[?(@.status == 'ACTIVE')]"))
              .size();
      assertThat(active).isEqualTo(1);
    } finally {
      // Whoever won, "admin" is active again for the other tests.
      BrowserLikeClient probe = new BrowserLikeClient(webTestClient, true);
      if (!probe
          .signIn("admin", ADMIN_PASSWORD)
          .returnResult(String.class)
          .getStatus()
          .is2xxSuccessful()) {
        post(
                browser(username, CHOSEN).client(),
                "/api/administrators/" + adminId + "/enable",
                Map.of())
            .expectStatus()
            .isOk();
      }
    }
  }

  @Test
  void noApiKeyReachesTheAdministrators() {
    String key =
        JsonPath.read(
            body(
                post(
                        admin,
                        "/api/api-keys",
                        Map.of(
                            "name",
                            "Tout " + suffix,
                            "scopes",
                            List.of("accounts:read", "accounts:write", "audit:read")))
                    .expectStatus()
                    .isCreated()),
            "$.key");
    WebTestClient program =
        webTestClient.mutate().defaultHeader("Authorization", "Bearer " + key).build();
    program.get().uri("/api/administrators").exchange().expectStatus().isForbidden();
    program
        .post()
        .uri("/api/administrators")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("username", "cle-" + suffix, "displayName", "Clé"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  private WebTestClient browserOfWhoeverIsActive(String colleague) {
    BrowserLikeClient first = new BrowserLikeClient(webTestClient, true);
    return first
            .signIn("admin", ADMIN_PASSWORD)
            .returnResult(String.class)
            .getStatus()
            .is2xxSuccessful()
        ? first.client()
        : browser(colleague, CHOSEN).client();
  }

  private void disableEveryoneBut(String username) {
    String list =
        body(admin.get().uri("/api/administrators?size=500").exchange().expectStatus().isOk());
    List<String> others =
        JsonPath.read(
            list, "$.items[?(@.status == 'ACTIVE' && @.username != '" + username + "')].id");
    for (String id : others) {
      post(admin, "/api/administrators/" + id + "/disable", Map.of()).expectStatus().isOk();
    }
  }

  private static List<String> actorOf(String journal, String targetId) {
    List<Map<String, Object>> events =
        JsonPath.read(journal, "$.items[?(@.targetId == '" + targetId + "')]");
    return events.stream().map(e -> e.get("actor") + " / " + e.get("actorDisplayName")).toList();
  }

  private String invite(String username, String displayName, String initialPassword) {
    Map<String, Object> input = new HashMap<>();
    input.put("username", username);
    input.put("displayName", displayName);
    if (initialPassword != null) {
      input.put("initialPassword", initialPassword);
    }
    return body(post(admin, "/api/administrators", input).expectStatus().isCreated());
  }

  private <T> T listed(String username, String field) {
    String list =
        body(admin.get().uri("/api/administrators?size=500").exchange().expectStatus().isOk());
    List<Object> found =
        JsonPath.read(list, "$.items[?(@.username == '" + username + "')]" + field.substring(1));
    assertThat(found).hasSize(1);
    @SuppressWarnings("unchecked")
    T value = (T) found.get(0);
    return value;
  }

  private BrowserLikeClient browser(String username, String password) {
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    browser.signIn(username, password).expectStatus().isOk();
    return browser;
  }

  private static Map<String, Object> linkUse(String token, String password) {
    return Map.of("token", token, "newPassword", password);
  }

  private static Map<String, Object> passwordChange(String current, String chosen) {
    return Map.of("currentPassword", current, "newPassword", chosen);
  }

  private static WebTestClient.ResponseSpec post(WebTestClient client, String uri, Object body) {
    return client
        .post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private static HttpStatus status(WebTestClient.ResponseSpec response) {
    return HttpStatus.valueOf(response.returnResult(String.class).getStatus().value());
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }
}
