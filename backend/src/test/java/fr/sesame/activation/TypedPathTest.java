package fr.sesame.activation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The typed path (login + 12-character activation code): a stranger typing someone's login with
 * wrong codes neither locks nor delays its owner, and learns nothing — the answer is the one an
 * unknown login gets. Failures still count against the stranger's address.
 */
@ApplicationTest
class TypedPathTest {

  static final String WRONG = "ABCD-EFGH-JKLM";

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  @Autowired MutableClock clock;
  WebTestClient admin;
  String login;
  Credential letter;

  @BeforeEach
  void setUp() {
    db.sql("delete from activation_failure").then().block();
    admin = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    UUID account =
        ApiFixtures.account(
            admin,
            Map.of(
                "kind",
                "PARENT",
                "lastName",
                "Saisie" + UUID.randomUUID().toString().substring(0, 6),
                "firstName",
                "Hélène"));
    letter = ApiFixtures.issue(admin, account, "NO_QR");
    login =
        db.sql("select login from account where id = :id")
            .bind("id", account)
            .map(row -> row.get("login", String.class))
            .one()
            .block();
  }

  @Test
  void wrongCodesOnSomeonesLoginNeitherLockNorTellAnything() {
    WebTestClient page = page();
    EntityExchangeResult<byte[]> unknown = verify(page, "nobody-" + UUID.randomUUID(), WRONG);
    for (int i = 0; i < 10; i++) {
      EntityExchangeResult<byte[]> known = verify(page, login, WRONG);
      assertThat(known.getStatus()).isEqualTo(unknown.getStatus());
      assertThat(new String(known.getResponseBody(), UTF_8))
          .as("the same answer as for an unknown login")
          .isEqualTo(new String(unknown.getResponseBody(), UTF_8));
    }
    assertThat(
            db.sql("select state, failed_attempts from credential where id = :id")
                .bind("id", letter.id())
                .map(row -> row.get("state", String.class) + "/" + row.get("failed_attempts"))
                .one()
                .block())
        .as("neither locked nor opened, no try counted")
        .isEqualTo("ISSUED/0");

    // Its owner comes along: the letter works at once.
    assertThat(verify(page(), login, secrets.activationCode(letter.id())).getStatus().value())
        .isEqualTo(200);
  }

  @Test
  void typedFailuresStillCountAgainstTheAddress() {
    WebTestClient page = page();
    for (int i = 0; i < ActivationThrottle.MAX_FAILURES; i++) {
      assertThat(verify(page, login, WRONG).getStatus().value()).isEqualTo(410);
    }
    assertThat(verify(page, login, secrets.activationCode(letter.id())).getStatus().value())
        .as("this address is held back, not the letter")
        .isEqualTo(429);
    clock.advance(ActivationThrottle.WINDOW);
    assertThat(verify(page, login, secrets.activationCode(letter.id())).getStatus().value())
        .isEqualTo(200);
  }

  @Test
  void aKnownLoginTakesAboutAsLongAsAnUnknownOne() {
    WebTestClient page = page();
    List<Long> known = new ArrayList<>();
    List<Long> unknown = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      if (i % 10 == 0) {
        db.sql("delete from activation_failure").then().block();
      }
      known.add(timed(page, login));
      unknown.add(timed(page, "nobody-" + i + "-" + login));
    }
    long knownMedian = median(known);
    long unknownMedian = median(unknown);
    System.out.printf(
        "Typed path, 50 tries each: known login median %.2f ms, unknown login median %.2f ms%n",
        knownMedian / 1e6, unknownMedian / 1e6);
    // A loaded test machine is noisy: within a factor of two, where a lock's writes would show.
    assertThat(knownMedian).isLessThan(2 * unknownMedian);
    assertThat(unknownMedian).isLessThan(2 * knownMedian);
  }

  private long timed(WebTestClient page, String someLogin) {
    long start = System.nanoTime();
    verify(page, someLogin, WRONG);
    return System.nanoTime() - start;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private WebTestClient page() {
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    browser.client().get().uri("/api/activation/policy").exchange().expectStatus().isOk();
    return browser.client();
  }

  private static EntityExchangeResult<byte[]> verify(
      WebTestClient page, String login, String code) {
    return page.post()
        .uri("/api/activation/verify")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("login", login, "code", code))
        .exchange()
        .expectBody()
        .returnResult();
  }
}
