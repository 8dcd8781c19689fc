package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A working letter opens an account: only a key that may issue letters reads one (DESIGN §3 rule
 * 17). A reader of sends sees their progress and the sign-off sheet, never the letters.
 */
@ApplicationTest
class LetterScopesTest {

  @Autowired WebTestClient webTestClient;
  WebTestClient admin;
  String tag;

  @BeforeEach
  void setUp() {
    admin = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    tag = "Portee" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aReaderOfSendsCannotDownloadTheirLettersNorMarkThemDelivered() {
    String id = pdfSend();
    WebTestClient reader =
        ApiFixtures.program(
            webTestClient, ApiFixtures.apiKey(admin, tag + " lecteur", List.of("sends:read")));

    reader
        .get()
        .uri("/api/sends/" + id + "/document")
        .exchange()
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/forbidden");
    String recipients = ApiFixtures.getJson(reader, "/api/sends/" + id + "/recipients");
    assertThat((List<String>) JsonPath.read(recipients, "$.items[*].state"))
        .as("nothing was handed over")
        .containsExactly("ISSUED");
    // The sign-off sheet carries names and logins only: a reader may print it.
    reader.get().uri("/api/sends/" + id + "/sign-off-sheet").exchange().expectStatus().isOk();
    // A reminder's dry run only counts: a reader may ask, as the contract says.
    reader.post().uri("/api/sends/" + id + "/reminders/dry-run").exchange().expectStatus().isOk();

    WebTestClient issuer =
        ApiFixtures.program(
            webTestClient,
            ApiFixtures.apiKey(admin, tag + " envoi", List.of("sends:read", "sends:write")));
    issuer.get().uri("/api/sends/" + id + "/document").exchange().expectStatus().isOk();
  }

  private String pdfSend() {
    return ApiFixtures.sendToNewParent(admin, tag, "PDF");
  }
}
