package fr.sesame.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Sésame behind the nginx it ships ({@code frontend/nginx.conf}), reached by visitors on different
 * addresses (127.0.0.2 to 127.0.0.5: each client binds its own): an administrator signs in, one
 * household's wrong codes never throttle another, forged forwarding headers change nothing, and the
 * console carries the same protective headers as through the jar.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxFrontDoorTest {

  private static final int LIMIT = 30; // ActivationThrottle.MAX_FAILURES

  @LocalServerPort int backendPort;
  private ShippedNginx nginx;

  @BeforeAll
  void startNginx() throws Exception {
    nginx = ShippedNginx.inFrontOf(backendPort);
  }

  @AfterAll
  void stopNginx() throws Exception {
    if (nginx != null) {
      nginx.close();
    }
  }

  @Test
  void anAdministratorSignsInThroughNginxAndTheAuditRecordsTheirAddress() {
    BrowserLikeClient browser = new BrowserLikeClient(visitor("127.0.0.2", nginx.url()), true);
    browser.signIn("admin", "test-admin-password").expectStatus().isOk();
    browser
        .client()
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.username")
        .isEqualTo("admin");

    UUID account =
        ApiFixtures.account(
            browser.client(), Map.of("kind", "TEACHER", "lastName", "Proxy", "firstName", "Léa"));
    String story = ApiFixtures.getJson(browser.client(), "/api/audit-events?accountId=" + account);
    assertThat(JsonPath.<List<String>>read(story, "$.items[*].clientAddress"))
        .containsExactly("127.0.0.2");
  }

  @Test
  void oneHouseholdsWrongCodesNeverThrottleAnotherAndForgedHeadersChangeNothing() {
    BrowserLikeClient household = page("127.0.0.4");
    for (int i = 0; i < LIMIT; i++) {
      verify(household, Map.of()).expectStatus().isEqualTo(410);
    }
    verify(household, Map.of()).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
    // Claiming to be someone else does not lift the limit...
    verify(household, Map.of("X-Forwarded-For", "198.51.100.7", "Forwarded", "for=198.51.100.7"))
        .expectStatus()
        .isEqualTo(429);

    // ...nor puts another household under it, whatever it claims.
    BrowserLikeClient neighbour = page("127.0.0.5");
    verify(neighbour, Map.of()).expectStatus().isEqualTo(410);
    verify(neighbour, Map.of("X-Forwarded-For", "127.0.0.4", "Forwarded", "for=127.0.0.4"))
        .expectStatus()
        .isEqualTo(410);
    verify(neighbour, Map.of("X-Forwarded-For", "127.0.0.4, 127.0.0.1"))
        .expectStatus()
        .isEqualTo(410);
  }

  @Test
  void theConsoleCarriesTheJarsProtectiveHeadersOnEveryLocation() {
    HttpHeaders jar =
        visitor("127.0.0.1", "http://127.0.0.1:" + backendPort)
            .get()
            .uri("/")
            .exchange()
            .returnResult(byte[].class)
            .getResponseHeaders();
    String policy = jar.getFirst("Content-Security-Policy");
    assertThat(policy).contains("frame-ancestors 'none'");
    WebTestClient throughNginx = visitor("127.0.0.3", nginx.url());
    for (String path :
        List.of(
            "/", "/index.html", "/activate", "/assets/missing.js", "/api/auth/me", "/actuator")) {
      HttpHeaders headers =
          throughNginx.get().uri(path).exchange().returnResult(byte[].class).getResponseHeaders();
      assertThat(headers.get("Content-Security-Policy")).as(path).containsExactly(policy);
      assertThat(headers.get("X-Content-Type-Options")).as(path).containsExactly("nosniff");
      assertThat(headers.get("Referrer-Policy")).as(path).containsExactly("no-referrer");
      assertThat(headers.get("X-Frame-Options")).as(path).containsExactly("DENY");
    }
  }

  private BrowserLikeClient page(String address) {
    BrowserLikeClient page = new BrowserLikeClient(visitor(address, nginx.url()), true);
    page.client().get().uri("/api/activation/policy").exchange().expectStatus().isOk();
    return page;
  }

  private static WebTestClient.ResponseSpec verify(
      BrowserLikeClient page, Map<String, String> headers) {
    return page.client()
        .post()
        .uri("/api/activation/verify")
        .headers(h -> headers.forEach(h::set))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("token", "no-such-letter", "code", "123456"))
        .exchange();
  }

  /** A client whose connections come from {@code address}, one connection per request. */
  private static WebTestClient visitor(String address, String baseUrl) {
    HttpClient http =
        HttpClient.create(ConnectionProvider.newConnection())
            .bindAddress(() -> new InetSocketAddress(address, 0));
    return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
        .baseUrl(baseUrl)
        .build();
  }
}
