package fr.sesame.activation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A parent opens a letter's link, types its code, chooses a password, and signs in. The log runs at
 * INFO (Spring Security at DEBUG) and is captured: no token, code or password may appear in it.
 */
@ApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class ActivationJourneyTest {

  static final String GOOD_PASSWORD = "violet cerf-volant 42 marées";

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired MutableClock clock;
  @Autowired DatabaseClient db;
  WebTestClient admin;
  String lastName;
  UUID account;

  @AfterAll
  static void quietLog() {
    LoggingSystem logging = LoggingSystem.get(ActivationJourneyTest.class.getClassLoader());
    logging.setLogLevel("fr.sesame", LogLevel.WARN);
    logging.setLogLevel("org.springframework.security", LogLevel.WARN);
  }

  @BeforeEach
  void setUp() {
    // INFO for our code, DEBUG for Spring Security while this class runs (after the context has
    // applied its own levels): what a production log could show.
    LoggingSystem logging = LoggingSystem.get(ActivationJourneyTest.class.getClassLoader());
    logging.setLogLevel("fr.sesame", LogLevel.INFO);
    logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
    db.sql("delete from activation_failure").then().block();
    admin = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    lastName = "Dupré" + UUID.randomUUID().toString().substring(0, 6);
    account = create(lastName);
  }

  @Test
  void theRightCodeLetsTheRecipientChooseAPasswordOnceAndSignIn(CapturedOutput log) {
    Credential letter = issue(account, "QR");
    String token = secrets.token(letter.id());
    WebTestClient page = page();

    // No name before the code is right; a wrong code says how many tries are left.
    verify(page, Map.of("token", token, "code", "000000"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/activation-code-wrong")
        .jsonPath("$.remainingAttempts")
        .isEqualTo(4)
        .jsonPath("$.displayName")
        .doesNotExist();
    page.post()
        .uri("/api/activation/password")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("password", GOOD_PASSWORD))
        .exchange()
        .expectStatus()
        .isUnauthorized();

    verify(page, Map.of("token", token, "code", spaced(secrets.securityCode(letter.id()))))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.displayName")
        .isEqualTo("Hélène " + lastName)
        .jsonPath("$.login")
        .exists();
    assertThat(state(letter)).isEqualTo("CODE_VERIFIED");

    // The policy speaks plainly: too short, common, built on the user's own name.
    assertThat(rejection(page, "court")).contains("TOO_SHORT");
    assertThat(rejection(page, "password123456")).contains("COMMON");
    assertThat(rejection(page, lastName.toLowerCase() + "-2026-soleil")).contains("PERSONAL");

    choose(page, GOOD_PASSWORD).expectStatus().isNoContent();
    assertThat(state(letter)).isEqualTo("USED");
    // The restricted session is over, and the letter opens nothing any more.
    choose(page, GOOD_PASSWORD).expectStatus().isUnauthorized();
    verify(page(), Map.of("token", token, "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isEqualTo(410)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/activation-link-invalid");

    String login = login(account);
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    browser.signIn(login, GOOD_PASSWORD).expectStatus().isOk();
    WebTestClient recipient = browser.client();
    recipient
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.roles[0]")
        .isEqualTo("RECIPIENT");
    recipient
        .get()
        .uri("/api/auth/account")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.displayName")
        .isEqualTo("Hélène " + lastName)
        .jsonPath("$.kind")
        .isEqualTo("PARENT");
    // Recipients never reach the administration.
    recipient.get().uri("/api/accounts").exchange().expectStatus().isForbidden();
    recipient.get().uri("/api/identity").exchange().expectStatus().isForbidden();

    assertThat(log.getAll())
        .contains("Activation refused")
        .doesNotContain(token)
        .doesNotContain(secrets.securityCode(letter.id()))
        .doesNotContain(GOOD_PASSWORD)
        .doesNotContain("password123456");
  }

  @Test
  void fiveWrongCodesLockTheLetterAndEveryDeadLetterGetsTheSameAnswer() {
    Credential letter = issue(account, "QR");
    String token = secrets.token(letter.id());
    WebTestClient page = page();
    for (int remaining = 4; remaining >= 0; remaining--) {
      verify(page, Map.of("token", token, "code", "111111"))
          .expectBody()
          .jsonPath("$.remainingAttempts")
          .isEqualTo(remaining);
    }
    assertThat(state(letter)).isEqualTo("LOCKED");
    String right = secrets.securityCode(letter.id());
    String invalid = "/problems/activation-link-invalid";
    verify(page, Map.of("token", token, "code", right))
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(invalid);

    // Unknown, forged, revoked and expired letters: the same answer.
    verify(page, Map.of("token", "not-a-token", "code", right))
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(invalid);
    Credential revoked = issue(account, "QR");
    clock.advance(Duration.ofSeconds(1));
    Credential newer = issue(account, "QR");
    verify(
            page,
            Map.of(
                "token", secrets.token(revoked.id()), "code", secrets.securityCode(revoked.id())))
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo(invalid);
    clock.advance(Duration.ofDays(31));
    verify(
            page,
            Map.of("token", secrets.token(newer.id()), "code", secrets.securityCode(newer.id())))
        .expectStatus()
        .isEqualTo(410);
  }

  @Test
  void aBurstOfParallelGuessesGetsFiveTriesNotMore() {
    Credential letter = issue(account, "QR");
    String token = secrets.token(letter.id());
    WebTestClient page = page();
    List<Integer> statuses =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            verify(page, Map.of("token", token, "code", String.format("%06d", i)))
                                .returnResult(Void.class)
                                .getStatus()
                                .value()))
            .toList()
            .stream()
            .map(CompletableFuture::join)
            .toList();
    // At most five guesses were compared (one of them may have been right by chance).
    assertThat(statuses)
        .filteredOn(status -> status == 400 || status == 200)
        .hasSizeLessThanOrEqualTo(5);
    assertThat(statuses).filteredOn(status -> status == 410).hasSizeGreaterThanOrEqualTo(15);
  }

  @Test
  void aRecipientChangesTheirPasswordAndTheirOtherSessionsEnd() {
    Credential letter = issue(account, "QR");
    WebTestClient page = page();
    verify(
            page,
            Map.of("token", secrets.token(letter.id()), "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isOk();
    choose(page, GOOD_PASSWORD).expectStatus().isNoContent();
    String login = login(account);
    BrowserLikeClient phone = new BrowserLikeClient(webTestClient, true);
    phone.signIn(login, GOOD_PASSWORD).expectStatus().isOk();
    BrowserLikeClient laptop = new BrowserLikeClient(webTestClient, true);
    laptop.signIn(login, GOOD_PASSWORD).expectStatus().isOk();

    Map<String, String> wrong = Map.of("currentPassword", "not it at all", "newPassword", "x");
    changePassword(phone.client(), wrong).expectStatus().isUnauthorized();
    changePassword(phone.client(), Map.of("currentPassword", GOOD_PASSWORD, "newPassword", "court"))
        .expectStatus()
        .isEqualTo(422);
    String newer = "une autre phrase de passe 2027";
    changePassword(phone.client(), Map.of("currentPassword", GOOD_PASSWORD, "newPassword", newer))
        .expectStatus()
        .isNoContent();

    phone.client().get().uri("/api/auth/account").exchange().expectStatus().isOk();
    laptop.client().get().uri("/api/auth/account").exchange().expectStatus().isUnauthorized();
    new BrowserLikeClient(webTestClient, true).signIn(login, newer).expectStatus().isOk();
  }

  private WebTestClient.ResponseSpec changePassword(
      WebTestClient client, Map<String, String> body) {
    return client
        .post()
        .uri("/api/auth/password")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  @Test
  void twoParallelPasswordChoicesUseTheLetterOnce() {
    Credential letter = issue(account, "QR");
    WebTestClient page = page();
    verify(
            page,
            Map.of("token", secrets.token(letter.id()), "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isOk();
    List<CompletableFuture<Integer>> attempts =
        List.of(1, 2, 3).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            choose(page, GOOD_PASSWORD + " " + i)
                                .returnResult(Void.class)
                                .getStatus()
                                .value()))
            .toList();
    List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
    assertThat(statuses).filteredOn(status -> status == 204).hasSize(1);
    assertThat(statuses).filteredOn(status -> status != 204).allMatch(status -> status >= 400);
    assertThat(state(letter)).isEqualTo("USED");
  }

  @Test
  void aLetterWithoutQrCodeOpensWithTheLoginAndTheActivationCode() {
    Credential letter = issue(account, "NO_QR");
    String code = secrets.activationCode(letter.id());
    WebTestClient page = page();
    verify(page, Map.of("login", login(account).toUpperCase(), "code", code.toLowerCase()))
        .expectStatus()
        .isOk();
    choose(page, GOOD_PASSWORD).expectStatus().isNoContent();
  }

  /**
   * Someone without a camera reads the QR letter as printed — the short address, the login, the
   * code in groups of four — and types them, in any case, with spaces or dashes.
   */
  @Test
  void aQrLetterOpensWithoutACameraWithTheLoginAndTheGroupedActivationCode() throws Exception {
    Credential letter = issue(account, "QR");
    byte[] pdf =
        admin
            .mutate()
            // A first rendering loads the fonts: slow on a busy machine.
            .responseTimeout(java.time.Duration.ofSeconds(60))
            .build()
            .get()
            .uri("/api/accounts/" + account + "/credentials/" + letter.id() + "/letter")
            .accept(MediaType.APPLICATION_PDF)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text).contains("https://sesame.college.fr/activate", login(account));
    Matcher grouped =
        Pattern.compile("Code d’activation\\s+([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})").matcher(text);
    assertThat(grouped.find()).as(text).isTrue();
    String printed = grouped.group(1);
    assertThat(printed.replace(" ", "")).isEqualTo(secrets.activationCode(letter.id()));

    WebTestClient page = page();
    // The 6-digit security code goes with the QR link only: typed with the login, it is a wrong
    // code, answered as for an unknown login.
    verify(page, Map.of("login", login(account), "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isEqualTo(410);
    verify(page, Map.of("login", login(account), "code", printed.toLowerCase().replace(' ', '-')))
        .expectStatus()
        .isOk();
    choose(page, GOOD_PASSWORD).expectStatus().isNoContent();
    assertThat(state(letter)).isEqualTo("USED");
  }

  @Test
  void failuresFromOneAddressAreThrottledButSuccessesAreNot() {
    WebTestClient page = page();
    for (int i = 0; i < ActivationThrottle.MAX_FAILURES; i++) {
      verify(page, Map.of("token", "unknown-" + i, "code", "123456")).expectStatus().isEqualTo(410);
    }
    Credential letter = issue(account, "QR");
    verify(
            page,
            Map.of("token", secrets.token(letter.id()), "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isEqualTo(429)
        .expectHeader()
        .exists("Retry-After");
    clock.advance(ActivationThrottle.WINDOW);
    verify(
            page,
            Map.of("token", secrets.token(letter.id()), "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isOk();
  }

  private WebTestClient page() {
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    browser.client().get().uri("/api/activation/policy").exchange().expectStatus().isOk();
    return browser.client();
  }

  private WebTestClient.ResponseSpec verify(WebTestClient page, Map<String, String> body) {
    return page.post()
        .uri("/api/activation/verify")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private WebTestClient.ResponseSpec choose(WebTestClient page, String password) {
    return page.post()
        .uri("/api/activation/password")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("password", password))
        .exchange();
  }

  @SuppressWarnings("unchecked")
  private List<String> rejection(WebTestClient page, String password) {
    return (List<String>)
        choose(page, password)
            .expectStatus()
            .isEqualTo(422)
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody()
            .get("reasons");
  }

  private static String spaced(String code) {
    return code.substring(0, 3) + " " + code.substring(3);
  }

  private String state(Credential letter) {
    return db.sql("select state from credential where id = :id")
        .bind("id", letter.id())
        .map(row -> row.get("state", String.class))
        .one()
        .block();
  }

  private String login(UUID id) {
    return db.sql("select login from account where id = :id")
        .bind("id", id)
        .map(row -> row.get("login", String.class))
        .one()
        .block();
  }

  private UUID create(String last) {
    return ApiFixtures.account(
        admin, Map.of("kind", "PARENT", "lastName", last, "firstName", "Hélène"));
  }

  private Credential issue(UUID id, String variant) {
    return ApiFixtures.issue(admin, id, variant);
  }
}
