package fr.sesame.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import fr.sesame.SesameProperties;
import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.JsonPages;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Webhooks end to end over real HTTP: a receiver on 127.0.0.1 (so private networks are allowed in
 * this context) gets signed events caused by real sends and activations, retried from the outbox
 * until it accepts them or the last try, and nothing once the webhook is deleted. The test clock is
 * moved forward to pass the back-off; the dispatcher polls every real second.
 */
@ApplicationTest
@TestPropertySource(properties = "sesame.webhooks.allow-private-network=true")
class WebhookDeliveryTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;
  @Autowired SesameProperties properties;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  WebTestClient admin;
  HookReceiver receiver;
  String tag;

  @BeforeEach
  void setUp() throws Exception {
    admin = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    receiver = new HookReceiver();
    tag = UUID.randomUUID().toString().substring(0, 6);
  }

  @AfterEach
  void deleteWebhooks() {
    for (Map<String, Object> webhook : list()) {
      admin.delete().uri("/api/webhooks/" + webhook.get("id")).exchange();
    }
    receiver.close();
  }

  @Test
  void aCompletedSendIsPostedSignedAndTheSecretIsShownOnce() throws Exception {
    Map<String, Object> created = register(List.of(WebhookEvents.SEND_COMPLETED));
    String secret = (String) created.get("secret");
    assertThat(secret).startsWith("whsec_").hasSize("whsec_".length() + 43);
    assertThat(list()).hasSize(1).first().satisfies(w -> assertThat(w).doesNotContainKey("secret"));
    // Kept sealed: the database alone does not give it away.
    String stored =
        db.sql("select secret from webhook where id = :id")
            .bind("id", UUID.fromString((String) created.get("id")))
            .map(row -> row.get("secret", String.class))
            .one()
            .block();
    assertThat(stored).startsWith("v1:").doesNotContain(secret);
    assertThat(list().get(0).get("url")).isEqualTo(receiver.url("/hooks/" + tag));

    long start = System.nanoTime();
    String sendId = pdfSend();
    HookReceiver.Received got = awaitOne(WebhookEvents.SEND_COMPLETED);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("send.completed: send created to webhook received in " + millis + " ms");

    assertThat(got.path()).isEqualTo("/hooks/" + tag);
    assertThat(got.header("Content-Type")).startsWith("application/json");
    assertThat(got.header("Sesame-Event")).isEqualTo("send.completed");
    assertThat(got.header("Sesame-Delivery")).isEqualTo(JsonPath.read(got.body(), "$.id"));
    assertThat((String) JsonPath.read(got.body(), "$.data.sendId")).isEqualTo(sendId);
    assertThat((String) JsonPath.read(got.body(), "$.data.output")).isEqualTo("PDF");
    assertThat((Integer) JsonPath.read(got.body(), "$.data.eligible")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(got.body(), "$.data.done")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(got.body(), "$.data.failed")).isZero();
    assertThat((String) JsonPath.read(got.body(), "$.occurredAt")).isNotBlank();
    assertThat(got.body()).startsWith("{\"id\":").doesNotContain(secret);

    // t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>
    String[] signature = got.header("Sesame-Signature").split(",");
    assertThat(signature).hasSize(2);
    long t = Long.parseLong(signature[0].substring("t=".length()));
    assertThat(signature[1]).isEqualTo("v1=" + hmac(secret, t + "." + got.body()));
    assertThat(Math.abs(t - clock.instant().getEpochSecond())).isLessThanOrEqualTo(60);

    Map<String, Object> delivery = awaitDelivery((String) created.get("id"), "DELIVERED");
    assertThat(delivery)
        .containsEntry("event", "send.completed")
        .containsEntry("eventId", got.header("Sesame-Delivery"))
        .containsEntry("attempts", 1)
        .containsEntry("lastStatus", 200)
        .containsEntry("nextAttemptAt", null);
  }

  @Test
  void anEmailSendIsCompletedWhenTheOutboxMailsItsLastLetter() throws Exception {
    register(List.of(WebhookEvents.SEND_COMPLETED));
    GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      UUID anne = parent("Courriel", "anne." + tag + "@example.fr");
      UUID bruno = parent("Courriel", "bruno." + tag + "@example.fr");
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
                  Map.of("accountIds", List.of(anne, bruno))));
      assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("RUNNING");

      HookReceiver.Received got = awaitOne(WebhookEvents.SEND_COMPLETED);
      assertThat(smtp.getReceivedMessages()).hasSize(2);
      assertThat((String) JsonPath.read(got.body(), "$.data.sendId"))
          .isEqualTo(JsonPath.read(send, "$.id"));
      assertThat((String) JsonPath.read(got.body(), "$.data.output")).isEqualTo("EMAIL");
      assertThat((Integer) JsonPath.read(got.body(), "$.data.done")).isEqualTo(2);
      assertThat((Integer) JsonPath.read(got.body(), "$.data.failed")).isZero();
    } finally {
      smtp.stop();
    }
  }

  @Test
  void aFailingReceiverGetsTheSameEventAgainUntilItAccepts() throws Exception {
    // By name this time: the host is looked up off the event loop, at every try.
    String url = receiver.url("/hooks/" + tag).replace("127.0.0.1", "localhost");
    String webhook = (String) register(url, List.of(WebhookEvents.SEND_COMPLETED)).get("id");
    receiver.answerFirst(500, 500);
    pdfSend();

    Map<String, Object> delivery = awaitDelivery(webhook, "DELIVERED");
    assertThat(delivery)
        .containsEntry("attempts", 3)
        .containsEntry("lastStatus", 200)
        .containsEntry("lastError", null);
    List<HookReceiver.Received> tries = receiver.received();
    assertThat(tries).hasSize(3);
    assertThat(tries).extracting(HookReceiver.Received::body).containsOnly(tries.get(0).body());
    assertThat(tries)
        .extracting(r -> r.header("Sesame-Delivery"))
        .containsOnly((String) delivery.get("eventId"));
  }

  @Test
  void aReceiverThatAlwaysFailsEndsFailedAfterTheLastTry() throws Exception {
    String webhook = (String) register(List.of(WebhookEvents.SEND_COMPLETED)).get("id");
    receiver.answerAlways(503);
    pdfSend();

    // Waits double from 10 s to 640 s before the eighth try; the clock is moved to each.
    Map<String, Object> delivery = awaitDelivery(webhook, "FAILED");
    int maxAttempts = properties.webhooks().maxAttempts();
    assertThat(delivery)
        .containsEntry("attempts", maxAttempts)
        .containsEntry("lastStatus", 503)
        .containsEntry("lastError", "HTTP 503")
        .containsEntry("nextAttemptAt", null);
    assertThat(receiver.received()).hasSize(maxAttempts);
  }

  @Test
  void aDeletedWebhookGetsNothingMore() throws Exception {
    String webhook = (String) register(List.of(WebhookEvents.SEND_COMPLETED)).get("id");
    receiver.answerAlways(500);
    pdfSend();
    awaitOne(WebhookEvents.SEND_COMPLETED);
    await(() -> delivery(webhook).get("lastStatus") != null);

    admin.delete().uri("/api/webhooks/" + webhook).exchange().expectStatus().isNoContent();
    assertThat(list()).isEmpty();
    admin.delete().uri("/api/webhooks/" + webhook).exchange().expectStatus().isNotFound();
    admin
        .get()
        .uri("/api/webhooks/" + webhook + "/deliveries")
        .exchange()
        .expectStatus()
        .isNotFound();

    // The pending retry is not made, and new events are not queued for it.
    pdfSend();
    for (int i = 0; i < 12; i++) {
      clock.advance(Duration.ofMinutes(2));
      Thread.sleep(250);
    }
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void anActivatedLetterAndALockedOneAreTold() throws Exception {
    Map<String, Object> created =
        register(List.of(WebhookEvents.LETTER_ACTIVATED, WebhookEvents.LETTER_LOCKED));
    String password = "violet cerf-volant 42 marées";

    // A parent opens the link, types the code, chooses a password (as ActivationJourneyTest).
    UUID parent = parent("Activée");
    Credential letter = ApiFixtures.issue(admin, parent, "QR");
    String token = secrets.token(letter.id());
    WebTestClient page = activationPage();
    verify(page, Map.of("token", token, "code", secrets.securityCode(letter.id())))
        .expectStatus()
        .isOk();
    page.post()
        .uri("/api/activation/password")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("password", password))
        .exchange()
        .expectStatus()
        .isNoContent();

    HookReceiver.Received activated = awaitOne(WebhookEvents.LETTER_ACTIVATED);
    assertThat((String) JsonPath.read(activated.body(), "$.data.accountId"))
        .isEqualTo(parent.toString());
    assertThat((String) JsonPath.read(activated.body(), "$.data.credentialId"))
        .isEqualTo(letter.id().toString());
    assertThat((String) JsonPath.read(activated.body(), "$.data.kind")).isEqualTo("PARENT");
    assertThat((String) JsonPath.read(activated.body(), "$.data.login")).isNotBlank();
    assertThat(activated.body())
        .doesNotContain(password)
        .doesNotContain(token)
        .doesNotContain(secrets.securityCode(letter.id()));
    assertThat(signatureOf(activated, (String) created.get("secret"))).isTrue();

    // Another parent's letter: the fifth wrong code locks it.
    UUID other = parent("Verrouillée");
    Credential locked = ApiFixtures.issue(admin, other, "QR");
    WebTestClient guesses = activationPage();
    String wrong = secrets.securityCode(locked.id()).equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      verify(guesses, Map.of("token", secrets.token(locked.id()), "code", wrong))
          .expectStatus()
          .isBadRequest();
    }
    HookReceiver.Received lock = awaitOne(WebhookEvents.LETTER_LOCKED);
    assertThat((String) JsonPath.read(lock.body(), "$.data.accountId")).isEqualTo(other.toString());
    assertThat((String) JsonPath.read(lock.body(), "$.data.credentialId"))
        .isEqualTo(locked.id().toString());
    // Locked once: a sixth try on the dead letter tells nothing more.
    verify(guesses, Map.of("token", secrets.token(locked.id()), "code", wrong))
        .expectStatus()
        .isEqualTo(410);
    Thread.sleep(2_000);
    assertThat(receiver.received())
        .filteredOn(r -> "letter.locked".equals(r.header("Sesame-Event")))
        .hasSize(1);
  }

  private Map<String, Object> register(List<String> events) {
    return register(receiver.url("/hooks/" + tag), events);
  }

  private Map<String, Object> register(String url, List<String> events) {
    return admin
        .post()
        .uri("/api/webhooks")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("url", url, "events", events))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  private List<Map<String, Object>> list() {
    return admin
        .get()
        .uri("/api/webhooks")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .returnResult()
        .getResponseBody();
  }

  /** The webhook's newest delivery. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> delivery(String webhook) {
    Map<String, Object> page = JsonPages.get(admin, "/api/webhooks/" + webhook + "/deliveries");
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    assertThat(items).isNotEmpty();
    return items.get(0);
  }

  /** A PDF send to one new parent: DONE at once, so {@code send.completed}. Answers its id. */
  private String pdfSend() {
    UUID account = parent("Envoi");
    String template = ApiFixtures.templateId(admin, "PARENT", "QR");
    String send =
        ApiFixtures.send(
            admin,
            Map.of(
                "templateId",
                template,
                "audience",
                "PARENT",
                "output",
                "PDF",
                "selection",
                Map.of("accountIds", List.of(account))));
    assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("DONE");
    return JsonPath.read(send, "$.id");
  }

  private UUID parent(String lastName) {
    return parent(lastName, null);
  }

  private UUID parent(String lastName, String email) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("kind", "PARENT");
    fields.put("lastName", lastName + tag + UUID.randomUUID().toString().substring(0, 4));
    fields.put("firstName", "Hélène");
    if (email != null) {
      fields.put("email", email);
    }
    return ApiFixtures.account(admin, fields);
  }

  private WebTestClient activationPage() {
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

  /** The first request of this event type the receiver got, waiting for it in real time. */
  private HookReceiver.Received awaitOne(String type) throws InterruptedException {
    await(() -> receiver.received().stream().anyMatch(r -> type.equals(r.header("Sesame-Event"))));
    return receiver.received().stream()
        .filter(r -> type.equals(r.header("Sesame-Event")))
        .findFirst()
        .orElseThrow();
  }

  private void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  /**
   * Waits until the webhook's newest delivery is in {@code state}, moving the test clock to its
   * next try each time one is due later (the back-off); the dispatcher polls every real second.
   */
  private Map<String, Object> awaitDelivery(String webhook, String state)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      Map<String, Object> delivery = delivery(webhook);
      if (state.equals(delivery.get("state"))) {
        return delivery;
      }
      assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
      Object next = delivery.get("nextAttemptAt");
      if (next != null) {
        Duration wait = Duration.between(clock.instant(), OffsetDateTime.parse((String) next));
        if (!wait.isNegative()) {
          clock.advance(wait.plusMillis(1));
        }
      }
      Thread.sleep(50);
    }
  }

  private static boolean signatureOf(HookReceiver.Received got, String secret) throws Exception {
    String[] parts = got.header("Sesame-Signature").split(",");
    String t = parts[0].substring("t=".length());
    return parts[1].equals("v1=" + hmac(secret, t + "." + got.body()));
  }

  private static String hmac(String secret, String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }
}
