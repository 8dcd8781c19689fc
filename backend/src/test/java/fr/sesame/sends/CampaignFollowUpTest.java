package fr.sesame.sends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Following an e-mail send through, against an SMTP server that refuses one address (550 at RCPT):
 * the refused letter goes to print with the server's answer, a reminder reaches exactly those with
 * a live, unused letter and a good address with the same letter, and an automatic reminder goes
 * once when the clock passes its day.
 */
@ApplicationTest
class CampaignFollowUpTest {

  static final String TAG = "Camp" + UUID.randomUUID().toString().substring(0, 6).toLowerCase();
  static final String TYPO = ("bruno." + TAG + "@exmaple.fr").toLowerCase();
  static final RefusingSmtpServer smtp = start();

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  @Autowired MutableClock clock;

  private static RefusingSmtpServer start() {
    try {
      return new RefusingSmtpServer(Set.of(TYPO));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", smtp::port);
  }

  @AfterAll
  static void stop() throws Exception {
    smtp.close();
  }

  @Test
  void aRefusedAddressGoesToPrintAndTheReminderReachesOnlyLiveUnusedLettersWithGoodAddresses()
      throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    UUID anne = parent(client, "Anne", "anne." + TAG + "@example.fr");
    UUID bruno = parent(client, "Bruno", TYPO);
    UUID claire = parent(client, "Claire", null);
    UUID denis = parent(client, "Denis", "denis." + TAG + "@example.fr");
    UUID emile = parent(client, "Emile", "emile." + TAG + "@example.fr");
    String template = ApiFixtures.templateId(client, "PARENT", "QR");
    String send =
        ApiFixtures.send(
            client,
            Map.of(
                "templateId",
                template,
                "audience",
                "PARENT",
                "output",
                "EMAIL",
                "selection",
                Map.of("accountIds", List.of(anne, bruno, claire, denis, emile))));
    String id = JsonPath.read(send, "$.id");

    long start = System.nanoTime();
    String done = awaitDone(client, id);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(smtp.refusedTries()).as("a 550 is not tried again").containsExactly(TYPO);
    assertThat((Integer) JsonPath.read(done, "$.refused")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(done, "$.toPrint")).as("Claire and Bruno").isEqualTo(2);
    assertThat((Integer) JsonPath.read(done, "$.failed")).isZero();
    assertThat((Integer) JsonPath.read(done, "$.done")).isEqualTo(5);
    String recipients = ApiFixtures.getJson(client, "/api/sends/" + id + "/recipients");
    List<String> channels =
        JsonPath.read(recipients, "$.items[?(@.accountId == '" + bruno + "')].channel");
    List<String> errors =
        JsonPath.read(recipients, "$.items[?(@.accountId == '" + bruno + "')].error");
    assertThat(channels).containsExactly("PDF");
    assertThat(errors.get(0)).startsWith("550").contains("mailbox does not exist");
    try (PDDocument pile = Loader.loadPDF(pdf(client, "/api/sends/" + id + "/document"))) {
      assertThat(pile.getNumberOfPages()).as("Bruno's and Claire's letters").isEqualTo(2);
    }
    assertThat(audited("EMAIL_REFUSED", id)).isEqualTo(1);
    System.out.printf("Refused address to print: send done in %.2f s%n", seconds);

    // Denis activated (his letter is no longer live), Emile's letter has run out.
    db.sql("update credential set state = 'USED' where account_id = :a and send_id = :s")
        .bind("a", denis)
        .bind("s", UUID.fromString(id))
        .then()
        .block();
    db.sql("update credential set expires_at = now() - interval '1 day' where account_id = :a")
        .bind("a", emile)
        .then()
        .block();

    String plan = post(client, "/api/sends/" + id + "/reminders/dry-run", 200);
    assertThat((Integer) JsonPath.read(plan, "$.byEmail")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(plan, "$.toPrint")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(plan, "$.expired")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(plan, "$.used")).isEqualTo(1);
    assertThat((List<String>) JsonPath.read(plan, "$.expiredAccountIds"))
        .containsExactly(emile.toString());

    int before = smtp.received().size();
    String reminder = post(client, "/api/sends/" + id + "/reminders", 201);
    String reminderId = JsonPath.read(reminder, "$.id");
    assertThat((String) JsonPath.read(reminder, "$.reminderOf")).isEqualTo(id);
    assertThat((Integer) JsonPath.read(awaitDone(client, reminderId), "$.toPrint")).isEqualTo(2);
    assertThat(smtp.received()).as("only Anne is e-mailed again").hasSize(before + 1);
    List<MimeMessage> toAnne = smtp.to("anne." + TAG + "@example.fr");
    assertThat(toAnne).hasSize(2);
    UUID credential = SentMail.unopenedCredential(db, anne);
    String link = "https://sesame.college.fr/activate#" + secrets.token(credential);
    for (MimeMessage message : toAnne) {
      try (PDDocument letter = Loader.loadPDF(SentMail.attachment(message))) {
        assertThat(QrDecoding.decode(new PDFRenderer(letter).renderImageWithDPI(0, 200)))
            .isEqualTo(link);
        assertThat(new PDFTextStripper().getText(letter))
            .contains(secrets.securityCode(credential));
      }
    }
    assertThat(smtp.refusedTries()).as("the refused address is not tried again").hasSize(1);
    try (PDDocument pile = Loader.loadPDF(pdf(client, "/api/sends/" + reminderId + "/document"))) {
      assertThat(pile.getNumberOfPages()).isEqualTo(2);
    }
    assertThat(audited("REMINDER_CREATED", reminderId)).isEqualTo(1);
    client
        .post()
        .uri("/api/sends/" + reminderId + "/reminders")
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.problems[0].code")
        .isEqualTo("REMINDER_OF_REMINDER");
  }

  @Test
  void anAutomaticReminderGoesOnceWhenTheClockPassesItsDay() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    String address = "fanny." + TAG + "@example.fr";
    UUID fanny = parent(client, "Fanny", address);
    String template = ApiFixtures.templateId(client, "PARENT", "QR");
    String send =
        ApiFixtures.send(
            client,
            Map.of(
                "templateId",
                template,
                "audience",
                "PARENT",
                "output",
                "EMAIL",
                "remindAfterDays",
                3,
                "selection",
                Map.of("accountIds", List.of(fanny))));
    String id = JsonPath.read(send, "$.id");
    assertThat((Integer) JsonPath.read(send, "$.remindAfterDays")).isEqualTo(3);
    awaitDone(client, id);
    assertThat(smtp.to(address)).hasSize(1);

    clock.advance(Duration.ofDays(2));
    Thread.sleep(5_000); // more than two polls: not due yet
    assertThat(reminders(id)).isZero();

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (smtp.to(address).size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(smtp.to(address)).as("reminded").hasSize(2);
    Thread.sleep(5_000); // more polls: still once
    assertThat(reminders(id)).isEqualTo(1);
    assertThat(smtp.to(address)).hasSize(2);
    client = SignedIn.admin(webTestClient); // the first session ran out with the days
    assertThat(
            (String) JsonPath.read(ApiFixtures.getJson(client, "/api/sends/" + id), "$.remindedAt"))
        .isNotNull();
  }

  private long reminders(String id) {
    return db.sql("select count(*) as n from send where reminder_of = :id")
        .bind("id", UUID.fromString(id))
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  private long audited(String action, String target) {
    return db.sql("select count(*) as n from audit_event where action = :a and target_id = :t")
        .bind("a", action)
        .bind("t", target)
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  static String awaitDone(WebTestClient client, String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      String send = ApiFixtures.getJson(client, "/api/sends/" + id);
      if ("DONE".equals(JsonPath.read(send, "$.state")) || System.nanoTime() > deadline) {
        assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("DONE");
        return send;
      }
      Thread.sleep(200);
    }
  }

  static byte[] pdf(WebTestClient client, String uri) {
    return client
        .mutate()
        .responseTimeout(Duration.ofMinutes(1)) // the JVM's first render loads its fonts
        .build()
        .get()
        .uri(uri)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
  }

  static String post(WebTestClient client, String uri, int status) {
    return new String(
        client
            .post()
            .uri(uri)
            .contentType(MediaType.APPLICATION_JSON)
            .exchange()
            .expectStatus()
            .isEqualTo(status)
            .expectBody()
            .returnResult()
            .getResponseBody(),
        UTF_8);
  }

  private static UUID parent(WebTestClient client, String firstName, String email) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("kind", "PARENT");
    fields.put("lastName", TAG + firstName);
    fields.put("firstName", firstName);
    if (email != null) {
      fields.put("email", email);
    }
    return ApiFixtures.account(client, fields);
  }
}
