package fr.sesame.scaleout;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import fr.sesame.SesameApplication;
import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.BrowserLikeClient;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of Sésame on one PostgreSQL, as two replicas behind a load balancer: each has its
 * own port and data directory, both the same database and the same {@code sesame.secret-key}. Any
 * request may land on either: console and activation sessions, a letter's tries, the activation
 * throttle and the e-mail outbox all live in the database, so the answers are those one instance
 * would give.
 */
class TwoInstancesTest {

  private static final String PASSWORD = "two-instances-admin-password";
  private static final String SECRET_KEY = "two-instances-shared-secret-key-0123456789";
  private static final int SMTP_PORT = 3027;
  private static final int PARENTS = 200;
  // DESIGN §3.5: 30 failures from one address per 10-minute window.
  private static final int ADDRESS_FAILURES = 30;
  private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
  private static final String INVALID = "/problems/activation-link-invalid";

  @TempDir static Path dataDir;
  static GreenMail smtp;
  static Instance a;
  static Instance b;

  /** One running application: its context and an HTTP client bound to its port. */
  record Instance(ConfigurableApplicationContext context, WebTestClient http) {

    <T> T bean(Class<T> type) {
      return context.getBean(type);
    }

    /** A browser's console session on this instance. */
    BrowserLikeClient signedIn() {
      BrowserLikeClient browser = new BrowserLikeClient(http, true);
      browser.signIn("admin", PASSWORD).expectStatus().isOk();
      return browser;
    }
  }

  @BeforeAll
  static void startBothOnOneDatabase() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    // A runs the zero-set-up way, on an embedded PostgreSQL; B is pointed at A's database as a
    // second replica would be (SPRING_R2DBC_URL). Each has its own data directory.
    a = start("a", "--spring.r2dbc.url=");
    Environment database = a.context().getEnvironment();
    b =
        start(
            "b",
            "--spring.r2dbc.url=" + database.getProperty("spring.r2dbc.url"),
            "--spring.r2dbc.username=" + database.getProperty("spring.r2dbc.username"),
            "--spring.r2dbc.password=" + database.getProperty("spring.r2dbc.password"));
    ApiFixtures.publicUrl(a.signedIn().client(), "Collège", "https://sesame.college.fr");
  }

  @AfterAll
  static void stopAll() {
    // B first: A's embedded PostgreSQL stops with A.
    for (Instance instance : new Instance[] {b, a}) {
      if (instance != null) {
        instance.context().close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @BeforeEach
  void forgetAddressFailures() {
    // The tests below all guess from 127.0.0.1; each starts with a clean count.
    db().sql("delete from activation_failure").then().block();
  }

  @Test
  void aSessionOpenedOnOneInstanceWorksOnTheOther() {
    BrowserLikeClient onA = a.signedIn();
    BrowserLikeClient onB = sameCookies(onA, b, true);

    onB.client()
        .get()
        .uri("/api/auth/me")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.username")
        .isEqualTo("admin");
    // A state-changing call on B, with A's session and CSRF cookies and the XSRF header.
    UUID created =
        ApiFixtures.account(
            onB.client(), Map.of("kind", "TEACHER", "lastName", "Instance", "firstName", "Bea"));
    onA.client().get().uri("/api/accounts/" + created).exchange().expectStatus().isOk();

    // B does check: the same cookies without the header are refused, no cookies are unknown.
    sameCookies(onA, b, false)
        .client()
        .post()
        .uri("/api/accounts")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("kind", "TEACHER", "lastName", "Forgery", "firstName", "Zoe"))
        .exchange()
        .expectStatus()
        .isForbidden();
    b.http().get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();

    // Signing out on B ends the session everywhere.
    onB.client().post().uri("/api/auth/logout").exchange().expectStatus().is2xxSuccessful();
    onA.client().get().uri("/api/auth/me").exchange().expectStatus().isUnauthorized();
  }

  @Test
  void aLetterVerifiedOnOneInstanceIsActivatedOnTheOther() {
    WebTestClient admin = b.signedIn().client();
    Credential letter = ApiFixtures.issue(admin, parent("Bascule"), "QR");
    // Both derive a letter's secrets from the one shared key.
    assertThat(secrets(b).securityCode(letter.id()))
        .isEqualTo(secrets(a).securityCode(letter.id()));

    BrowserLikeClient page = activationPage(a);
    verify(page.client(), letter, secrets(a).securityCode(letter.id())).expectStatus().isOk();
    // The restricted session opened on A chooses the password on B.
    sameCookies(page, b, true)
        .client()
        .post()
        .uri("/api/activation/password")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("password", "violet cerf-volant 42 marées"))
        .exchange()
        .expectStatus()
        .isNoContent();
    assertThat(state(letter)).isEqualTo("USED");
  }

  @Test
  void wrongCodesSpreadAcrossBothInstancesLockTheLetterAtFive() {
    Credential letter = ApiFixtures.issue(a.signedIn().client(), parent("Verrou"), "QR");
    String right = secrets(a).securityCode(letter.id());
    String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
    WebTestClient[] pages = {activationPage(a).client(), activationPage(b).client()};

    List<Integer> remaining = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      EntityExchangeResult<byte[]> answer =
          verify(pages[i % 2], letter, wrong).expectBody().returnResult();
      if (answer.getStatus().value() == 400) {
        remaining.add(JsonPath.read(body(answer), "$.remainingAttempts"));
      } else {
        assertThat(answer.getStatus().value()).isEqualTo(410);
        assertThat((String) JsonPath.read(body(answer), "$.type")).isEqualTo(INVALID);
      }
    }
    // Tries 1, 3, 5 on A and 2, 4 on B were compared; 6, 7 and 8 were not.
    assertThat(remaining).containsExactly(4, 3, 2, 1, 0);
    assertThat(state(letter)).isEqualTo("LOCKED");
    assertThat(failedAttempts(letter)).isEqualTo(5);

    // The right code now opens nothing, on either instance, with the answer any dead letter gets.
    String unknownLetter =
        body(
            verify(pages[0], Map.of("token", "not-a-letter", "code", right))
                .expectStatus()
                .isEqualTo(410)
                .expectBody()
                .returnResult());
    for (WebTestClient page : pages) {
      String answer =
          body(
              verify(page, letter, right)
                  .expectStatus()
                  .isEqualTo(410)
                  .expectBody()
                  .returnResult());
      assertThat(answer).isEqualTo(unknownLetter);
    }
  }

  @Test
  void aBurstOfGuessesOnBothInstancesAtOnceGetsFiveComparisonsNotMore() {
    Credential letter = ApiFixtures.issue(a.signedIn().client(), parent("Rafale"), "QR");
    String right = secrets(a).securityCode(letter.id());
    WebTestClient[] pages = {activationPage(a).client(), activationPage(b).client()};
    List<String> guesses =
        IntStream.range(0, 20)
            .mapToObj(i -> String.format("%06d", i))
            .filter(guess -> !guess.equals(right))
            .limit(16)
            .toList();
    ExecutorService threads = Executors.newFixedThreadPool(guesses.size());
    List<Integer> statuses;
    try {
      List<CompletableFuture<Integer>> sent =
          IntStream.range(0, guesses.size())
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () ->
                              verify(pages[i % 2], letter, guesses.get(i))
                                  .expectBody()
                                  .returnResult()
                                  .getStatus()
                                  .value(),
                          threads))
              .toList();
      statuses = sent.stream().map(CompletableFuture::join).toList();
    } finally {
      threads.shutdown();
    }
    assertThat(statuses).filteredOn(status -> status == 400).hasSize(5);
    assertThat(statuses).filteredOn(status -> status == 410).hasSize(guesses.size() - 5);
    assertThat(failedAttempts(letter)).isEqualTo(5);
    assertThat(state(letter)).isEqualTo("LOCKED");
  }

  @Test
  void failuresOnBothInstancesCountTowardsOneAddressLimit() {
    Credential letter = ApiFixtures.issue(a.signedIn().client(), parent("Plafond"), "QR");
    String right = secrets(a).securityCode(letter.id());
    WebTestClient[] pages = {activationPage(a).client(), activationPage(b).client()};
    Map<String, String> unknown = Map.of("token", "unknown-link", "code", "123456");

    // 15 failures on each instance: neither alone reaches the limit, together they do.
    for (int i = 0; i < ADDRESS_FAILURES; i++) {
      verify(pages[i % 2], unknown).expectStatus().isEqualTo(410);
    }
    // A learns it from the database and remembers it; B, asked next, reads the same count.
    for (WebTestClient page : pages) {
      verify(page, unknown).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");
    }
    // Over the limit, even the right code waits for the window to end, on either instance.
    for (WebTestClient page : pages) {
      verify(page, letter, right).expectStatus().isEqualTo(429);
    }
    assertThat(state(letter)).isEqualTo("ISSUED");

    SharedClock.advance(ADDRESS_WINDOW);
    verify(pages[0], letter, right).expectStatus().isOk();
  }

  @Test
  void anApiKeysLimitAndRevocationHoldOnBothInstances() {
    WebTestClient admin = a.signedIn().client();
    String created =
        body(
            admin
                .post()
                .uri("/api/api-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Portail", "scopes", List.of("accounts:read")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult());
    String key = JsonPath.read(created, "$.key");
    // Start just after a minute begins, so that every call below falls within it.
    long intoMinute = SharedClock.NOW.instant().getEpochSecond() % 60;
    SharedClock.advance(Duration.ofSeconds(61 - intoMinute));
    // The tests' limit is 50 a minute: 25 calls on each instance use it up.
    for (int call = 0; call < 50; call++) {
      withKey(call % 2 == 0 ? a : b, key).expectStatus().isOk();
    }
    withKey(a, key).expectStatus().isEqualTo(429);
    withKey(b, key).expectStatus().isEqualTo(429);

    SharedClock.advance(Duration.ofMinutes(1));
    withKey(b, key).expectStatus().isOk();
    admin
        .delete()
        .uri("/api/api-keys/" + JsonPath.read(created, "$.id"))
        .exchange()
        .expectStatus()
        .isNoContent();
    withKey(b, key).expectStatus().isUnauthorized();
  }

  private static WebTestClient.ResponseSpec withKey(Instance instance, String key) {
    return instance
        .http()
        .get()
        .uri("/api/accounts?size=1")
        .header("Authorization", "Bearer " + key)
        .exchange();
  }

  @Test
  void bothInstancesDrainOneEmailSendTogether() throws Exception {
    WebTestClient admin = a.signedIn().client();
    StringBuilder csv = new StringBuilder("type;nom;prenom;email\r\n");
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < PARENTS; i++) {
      String address = "parent" + i + "@example.fr";
      expected.add(address);
      csv.append("Responsable;Partage").append(i).append(";Anne;").append(address).append("\r\n");
    }
    upload(
            admin,
            "POST",
            "/api/accounts/import?dryRun=false",
            "parents.csv",
            csv.toString().getBytes(StandardCharsets.UTF_8))
        .expectStatus()
        .isOk();
    smtp.purgeEmailFromAllMailboxes();
    String page =
        body(
            admin
                .get()
                .uri("/api/accounts?kind=PARENT&q=Partage&size=" + PARENTS)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult());
    List<String> ids = JsonPath.read(page, "$.items[*].id");
    assertThat(ids).hasSize(PARENTS);

    long start = System.nanoTime();
    String send =
        ApiFixtures.send(
            admin,
            Map.of(
                "templateId",
                ApiFixtures.templateId(admin, "PARENT", "QR"),
                "audience",
                "PARENT",
                "output",
                "EMAIL",
                "selection",
                Map.of("accountIds", ids)));
    String sendId = JsonPath.read(send, "$.id");
    assertThat((Integer) JsonPath.read(send, "$.eligible")).isEqualTo(PARENTS);

    // Followed on the other instance, as a console behind a load balancer might.
    WebTestClient follower = b.signedIn().client();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    String state;
    do {
      Thread.sleep(200);
      send =
          body(follower.get().uri("/api/sends/" + sendId).exchange().expectBody().returnResult());
      state = JsonPath.read(send, "$.state");
    } while (!"DONE".equals(state) && System.nanoTime() < deadline);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(state).isEqualTo("DONE");
    assertThat((Integer) JsonPath.read(send, "$.done")).isEqualTo(PARENTS);
    assertThat((Integer) JsonPath.read(send, "$.failed")).isZero();
    // Every outbox row was claimed once: a second claim would have counted a second attempt.
    assertThat(
            db().sql(
                    "select count(*) as n from send_recipient where send_id = :id"
                        + " and (attempts <> 1 or delivered_at is null)")
                .bind("id", UUID.fromString(sendId))
                .map(row -> row.get("n", Long.class))
                .one()
                .block())
        .isZero();

    Map<String, Integer> perInstance = new TreeMap<>();
    List<String> recipients = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      recipients.add(message.getAllRecipients()[0].toString());
      perInstance.merge(((InternetAddress) message.getFrom()[0]).getAddress(), 1, Integer::sum);
    }
    assertThat(recipients).as("each parent once, nobody else").hasSize(PARENTS);
    assertThat(new HashSet<>(recipients)).isEqualTo(expected);
    assertThat(perInstance.keySet())
        .as("both instances sent some")
        .containsExactly("a@sesame.test", "b@sesame.test");
    System.out.printf(
        "Two instances, one e-mail send of %d: %s sent by A, %s by B, %.1f s, %.1f e-mails/s%n",
        PARENTS,
        perInstance.get("a@sesame.test"),
        perInstance.get("b@sesame.test"),
        seconds,
        PARENTS / seconds);
  }

  /** An instance on the database these arguments name (an embedded one when the URL is blank). */
  private static Instance start(String name, String... database) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--sesame.database.ephemeral=false",
                "--sesame.data-dir=" + dataDir.resolve(name),
                // Letter codes derive from this key: every instance of a deployment shares it.
                "--sesame.secret-key=" + SECRET_KEY,
                "--sesame.admin.password=" + PASSWORD,
                "--spring.mail.port=" + SMTP_PORT,
                // Each instance signs its e-mails, so the messages say who sent them.
                "--sesame.mail.from=Sésame " + name.toUpperCase() + " <" + name + "@sesame.test>",
                // GreenMail notes every new mailbox at INFO.
                "--logging.level.com.icegreen=warn"));
    args.addAll(List.of(database));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SesameApplication.class, SharedClock.class)
            .run(args.toArray(String[]::new));
    WebTestClient http =
        WebTestClient.bindToServer()
            .baseUrl(
                "http://localhost:" + context.getEnvironment().getProperty("local.server.port"))
            .responseTimeout(Duration.ofMinutes(1))
            .build();
    return new Instance(context, http);
  }

  /**
   * One clock for both instances, as NTP keeps real servers in step: real time, which the test
   * moves forward instead of sleeping.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class SharedClock extends Clock {

    private static final SharedClock NOW = new SharedClock();
    private volatile Duration ahead = Duration.ZERO;

    @Bean
    @Primary
    static Clock sharedClock() {
      return NOW;
    }

    static void advance(Duration duration) {
      NOW.ahead = NOW.ahead.plus(duration);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  /** Another browser on {@code target} holding the same cookies (session, XSRF) as {@code from}. */
  private static BrowserLikeClient sameCookies(
      BrowserLikeClient from, Instance target, boolean sendCsrfHeader) {
    BrowserLikeClient copy = new BrowserLikeClient(target.http(), sendCsrfHeader);
    for (String name : List.of("SESAME_SESSION", "SESAME_ACTIVATION", "XSRF-TOKEN")) {
      if (from.cookie(name) != null) {
        copy.setCookie(name, from.cookie(name));
      }
    }
    return copy;
  }

  private static BrowserLikeClient activationPage(Instance instance) {
    BrowserLikeClient browser = new BrowserLikeClient(instance.http(), true);
    browser.client().get().uri("/api/activation/policy").exchange().expectStatus().isOk();
    return browser;
  }

  private static WebTestClient.ResponseSpec verify(
      WebTestClient page, Credential letter, String code) {
    return verify(page, Map.of("token", secrets(a).token(letter.id()), "code", code));
  }

  private static WebTestClient.ResponseSpec verify(WebTestClient page, Map<String, String> body) {
    return page.post()
        .uri("/api/activation/verify")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private static UUID parent(String lastName) {
    return ApiFixtures.account(
        a.signedIn().client(), Map.of("kind", "PARENT", "lastName", lastName, "firstName", "Inès"));
  }

  private static CredentialSecrets secrets(Instance instance) {
    return instance.bean(CredentialSecrets.class);
  }

  private static DatabaseClient db() {
    return a.bean(DatabaseClient.class);
  }

  private static String state(Credential letter) {
    return db().sql("select state from credential where id = :id")
        .bind("id", letter.id())
        .map(row -> row.get("state", String.class))
        .one()
        .block();
  }

  private static int failedAttempts(Credential letter) {
    return db().sql("select failed_attempts from credential where id = :id")
        .bind("id", letter.id())
        .map(row -> row.get("failed_attempts", Integer.class))
        .one()
        .block();
  }

  private static String body(EntityExchangeResult<byte[]> result) {
    return new String(result.getResponseBody(), StandardCharsets.UTF_8);
  }
}
