package fr.sesame.sends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A PDF send to chosen parents: dry run, send once, the letters' PDF, each letter's state. */
@ApplicationTest
class SendsJourneyTest {

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  @Autowired java.time.Clock clock;
  WebTestClient client;
  String tag;

  @BeforeEach
  void setUp() {
    client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège", "https://sesame.college.fr");
    tag = "Envoi" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aPdfSendIssuesLettersOnceAndItsDocumentCarriesThemInOrder() throws Exception {
    UUID first = create("PARENT", tag + "a", "DIRECT", "anne@example.fr");
    UUID second = create("PARENT", tag + "b", "DIRECT", null);
    UUID ent = create("PARENT", tag + "c", "ENT", null);
    UUID student = create("STUDENT", tag + "d", "DIRECT", null);
    String template = template("PARENT", "QR");

    Map<String, Object> request = new HashMap<>();
    request.put("templateId", template);
    request.put("audience", "PARENT");
    request.put("output", "PDF");
    request.put("selection", Map.of("accountIds", List.of(first, second, ent, student)));
    String otherKind = json(post("/api/sends/dry-run", request, null).expectStatus().isOk());
    assertThat(codes(otherKind, "$.problems[*].code")).containsExactly("OTHER_AUDIENCE");

    request.put("selection", Map.of("accountIds", List.of(first, second, ent)));
    String dryRun = json(post("/api/sends/dry-run", request, null).expectStatus().isOk());
    assertThat((Integer) JsonPath.read(dryRun, "$.eligible")).isEqualTo(2);
    assertThat(codes(dryRun, "$.skipped[*].reason")).containsExactly("ENT");
    assertThat(codes(dryRun, "$.withoutEmail[*]")).containsExactly(second.toString());
    assertThat(codes(dryRun, "$.problems[*]")).isEmpty();
    assertThat(codes(dryRun, "$.recipients[*].lastName"))
        .as("who gets a letter, by name, in print order")
        .containsExactly(tag + "a", tag + "b");
    assertThat(codes(dryRun, "$.skipped[*].lastName")).containsExactly(tag + "c");
    assertThat((String) JsonPath.read(dryRun, "$.templateName")).isNotBlank();
    java.time.OffsetDateTime expires =
        java.time.OffsetDateTime.parse(JsonPath.read(dryRun, "$.expiresAt"));
    assertThat(expires)
        .as("the default validity: 30 days from the application's now (other tests move its clock)")
        .isBetween(
            java.time.OffsetDateTime.now(clock).plusDays(29),
            java.time.OffsetDateTime.now(clock).plusDays(31));
    assertThat(credentialCount(first)).as("a dry run issues nothing").isZero();

    String sent = json(post("/api/sends", request, "clic-1").expectStatus().isCreated());
    String again = json(post("/api/sends", request, "clic-1").expectStatus().isCreated());
    String id = JsonPath.read(sent, "$.id");
    assertThat((String) JsonPath.read(again, "$.id")).as("same Idempotency-Key").isEqualTo(id);
    assertThat(credentialCount(first)).as("one letter, not two").isEqualTo(1);
    assertThat((String) JsonPath.read(sent, "$.state")).isEqualTo("DONE");
    assertThat((Integer) JsonPath.read(sent, "$.toPrint")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(sent, "$.skipped")).isEqualTo(1);

    String recipients = json(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    assertThat(codes(recipients, "$.items[*].state")).containsExactly("ISSUED", "ISSUED");
    assertThat(codes(recipients, "$.items[*].channel")).containsExactly("PDF", "PDF");

    List<UUID> credentials = List.of(liveCredential(first), liveCredential(second));
    byte[] pdf = document(id);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDFRenderer pages = new PDFRenderer(document);
      for (int page = 0; page < 2; page++) {
        assertThat(QrDecoding.decode(pages.renderImageWithDPI(page, 200)))
            .isEqualTo(
                "https://sesame.college.fr/activate#" + secrets.token(credentials.get(page)));
      }
    }

    String delivered = json(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    assertThat(codes(delivered, "$.items[*].state"))
        .as("downloaded letters are delivered")
        .containsExactly("DELIVERED", "DELIVERED");
    List<String> events =
        client
            .get()
            .uri("/api/sends/" + id + "/events")
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(String.class)
            .getResponseBody()
            .collectList()
            .block(java.time.Duration.ofSeconds(10));
    assertThat(events).as("a finished send: one event, then the stream ends").hasSize(1);
    assertThat((String) JsonPath.read(events.get(0), "$.state")).isEqualTo("DONE");

    // A letter revoked since no longer prints; its recipient's state says so.
    client
        .post()
        .uri("/api/accounts/" + first + "/credentials/revoke")
        .exchange()
        .expectStatus()
        .isOk();
    try (PDDocument document = Loader.loadPDF(document(id))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
    String revoked =
        json(client.get().uri("/api/sends/" + id + "/recipients?state=REVOKED").exchange());
    assertThat(codes(revoked, "$.items[*].accountId")).containsExactly(first.toString());

    client.post().uri("/api/sends/" + id + "/cancel").exchange().expectStatus().isEqualTo(409);
    String history = json(client.get().uri("/api/sends?size=200").exchange());
    assertThat(codes(history, "$.items[*].id")).contains(id);
  }

  @Test
  void adviceAndRefusals() {
    UUID student = create("STUDENT", tag + "e", "DIRECT", null);
    Map<String, Object> request = new HashMap<>();
    request.put("templateId", template("STUDENT", "QR"));
    request.put("audience", "STUDENT");
    request.put("output", "PDF");
    request.put("selection", Map.of("accountIds", List.of(student)));
    String dryRun = json(post("/api/sends/dry-run", request, null).expectStatus().isOk());
    assertThat(codes(dryRun, "$.warnings[*].code")).containsExactly("STUDENT_QR");

    // No printer here: the console will print from the browser.
    request.put("output", "PRINT");
    String print = json(post("/api/sends/dry-run", request, null).expectStatus().isOk());
    assertThat(codes(print, "$.problems[*].code")).isEmpty();
    assertThat(codes(print, "$.warnings[*].code"))
        .containsExactly("STUDENT_QR", "PRINT_IN_BROWSER");

    request.put("output", "PDF");
    request.put("selection", Map.of("accountIds", List.of()));
    String empty = json(post("/api/sends/dry-run", request, null).expectStatus().isOk());
    assertThat(codes(empty, "$.problems[*].code")).containsExactly("NOBODY");
    post("/api/sends", request, null).expectStatus().isBadRequest();
  }

  private WebTestClient.ResponseSpec post(String uri, Map<String, Object> body, String key) {
    WebTestClient.RequestBodySpec spec =
        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      spec = spec.header("Idempotency-Key", key);
    }
    return spec.bodyValue(body).exchange();
  }

  private byte[] document(String id) {
    // The first letters of a fresh context load fonts and warm the renderer: more than the
    // client's default 5 s on a busy machine.
    return client
        .mutate()
        .responseTimeout(java.time.Duration.ofSeconds(60))
        .build()
        .get()
        .uri("/api/sends/" + id + "/document")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PDF)
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
  }

  private static String json(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }

  private static List<String> codes(String json, String path) {
    List<Object> values = JsonPath.read(json, path);
    return values.stream().map(String::valueOf).toList();
  }

  private long credentialCount(UUID account) {
    return db.sql("select count(*) as n from credential where account_id = :id")
        .bind("id", account)
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  private UUID liveCredential(UUID account) {
    return db.sql("select id from credential where account_id = :id and state = 'ISSUED'")
        .bind("id", account)
        .map(row -> row.get("id", UUID.class))
        .one()
        .block();
  }

  private String template(String audience, String variant) {
    String page =
        json(
            client
                .get()
                .uri("/api/templates?audience=" + audience + "&variant=" + variant + "&language=fr")
                .exchange());
    return JsonPath.read(page, "$.items[0].id");
  }

  private UUID create(String kind, String lastName, String mode, String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("lastName", lastName);
    body.put("firstName", "Anne");
    body.put("connectionMode", mode);
    if (email != null) {
      body.put("email", email);
    }
    return ApiFixtures.account(client, body);
  }
}
