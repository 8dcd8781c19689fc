package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
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
 * Following a campaign: who has not activated yet per class, revoking a selection's letters or a
 * whole send's, re-issuing to a selection, and printing from the browser without a printer.
 */
@ApplicationTest
class TrackingJourneyTest {

  @Autowired WebTestClient webTestClient;
  WebTestClient client;
  String className;

  @BeforeEach
  void setUp() {
    client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège", "https://sesame.college.fr");
    className = "5" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void summaryFollowsLettersAsTheyAreSentRevokedAndReissued() {
    UUID ana = student("Ana", "DIRECT");
    UUID ben = student("Ben", "DIRECT");
    UUID cid = student("Cid", "DIRECT");
    student("Dan", "ENT");
    assertThat(row())
        .containsEntry("total", 4)
        .containsEntry("withoutLetter", 3)
        .containsEntry("waiting", 0)
        .containsEntry("activated", 0)
        .containsEntry("ent", 1);

    String send = sendTo(Map.of("filter", Map.of("className", className)));
    String sendId = JsonPath.read(send, "$.id");
    assertThat((Integer) JsonPath.read(send, "$.eligible")).isEqualTo(3);
    assertThat(row()).containsEntry("waiting", 3).containsEntry("withoutLetter", 0);

    // One lost letter: revoked for that selection only.
    String revoked =
        post("/api/accounts/bulk", Map.of("action", "REVOKE_LETTERS", "accountIds", List.of(ana)))
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat((Integer) JsonPath.read(revoked, "$.affected")).isEqualTo(1);
    assertThat(row()).containsEntry("waiting", 2).containsEntry("withoutLetter", 1);
    assertThat(recipientStates(sendId)).containsExactlyInAnyOrder("REVOKED", "ISSUED", "ISSUED");

    // An unknown id changes nothing.
    post(
            "/api/accounts/bulk",
            Map.of("action", "REVOKE_LETTERS", "accountIds", List.of(ben, UUID.randomUUID())))
        .expectStatus()
        .isNotFound();
    assertThat(row()).containsEntry("waiting", 2);

    // Re-issued to the selection: a new letter; the first send keeps showing the old one revoked.
    String again = sendTo(Map.of("accountIds", List.of(ana)));
    assertThat(recipientStates(JsonPath.read(again, "$.id"))).containsExactly("ISSUED");
    assertThat(row()).containsEntry("waiting", 3).containsEntry("withoutLetter", 0);

    // The whole first send revoked (its pile was lost): Ben's and Cid's letters end.
    String whole =
        post("/api/sends/" + sendId + "/revoke", Map.of())
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat((Integer) JsonPath.read(whole, "$.affected")).isEqualTo(2);
    assertThat(recipientStates(sendId)).containsExactly("REVOKED", "REVOKED", "REVOKED");
    assertThat(row()).containsEntry("waiting", 1).containsEntry("withoutLetter", 2);
    assertThat(cid).isNotNull();
  }

  @Test
  void printWithoutPrinterIsDoneAtOnceForTheBrowserToPrint() {
    student("Eve", "DIRECT");
    Map<String, Object> request = request(Map.of("filter", Map.of("className", className)));
    request.put("output", "PRINT");
    String dryRun =
        post("/api/sends/dry-run", request)
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat((List<String>) JsonPath.read(dryRun, "$.problems[*].code")).isEmpty();
    assertThat((List<String>) JsonPath.read(dryRun, "$.warnings[*].code"))
        .contains("PRINT_IN_BROWSER");

    String send = ApiFixtures.send(client, request);
    assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("DONE");
    assertThat((Integer) JsonPath.read(send, "$.toPrint")).isEqualTo(1);
    assertThat((Object) JsonPath.read(send, "$.printJob")).isNull();
    client
        .get()
        .uri("/api/printer")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.configured")
        .isEqualTo(false);
  }

  private UUID student(String firstName, String mode) {
    return ApiFixtures.account(
        client,
        Map.of(
            "kind", "STUDENT",
            "lastName", "Suivi",
            "firstName", firstName,
            "className", className,
            "connectionMode", mode));
  }

  private Map<String, Object> request(Map<String, ?> selection) {
    Map<String, Object> request = new HashMap<>();
    request.put("templateId", ApiFixtures.templateId(client, "STUDENT", "NO_QR"));
    request.put("audience", "STUDENT");
    request.put("output", "PDF");
    request.put("selection", selection);
    return request;
  }

  private String sendTo(Map<String, ?> selection) {
    return ApiFixtures.send(client, request(selection));
  }

  /** This class's row of the activation summary. */
  private Map<String, Object> row() {
    String rows = ApiFixtures.getJson(client, "/api/accounts/activation-summary?kind=STUDENT");
    List<Map<String, Object>> mine =
        JsonPath.read(rows, "$[?(@.className == '" + className + "')]");
    assertThat(mine).hasSize(1);
    return mine.get(0);
  }

  private List<String> recipientStates(String sendId) {
    String page = ApiFixtures.getJson(client, "/api/sends/" + sendId + "/recipients");
    return JsonPath.read(page, "$.items[*].state");
  }

  private WebTestClient.ResponseSpec post(String uri, Object body) {
    return client
        .post()
        .uri(uri)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
