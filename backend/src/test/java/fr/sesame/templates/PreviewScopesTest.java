package fr.sesame.templates;

import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A preview for a real account shows that person: it needs the right to read accounts. */
@ApplicationTest
class PreviewScopesTest {

  @Autowired WebTestClient webTestClient;

  @Test
  void aTemplateReaderPreviewsSpecimensButNotPeople() {
    // The first rendering loads the fonts: slow on a busy machine.
    webTestClient = webTestClient.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    WebTestClient admin = SignedIn.admin(webTestClient);
    String tag = "Apercu" + UUID.randomUUID().toString().substring(0, 6);
    UUID account =
        ApiFixtures.account(
            admin, Map.of("kind", "TEACHER", "lastName", tag, "firstName", "Personne"));
    String template = ApiFixtures.templateId(admin, "TEACHER", "QR");
    WebTestClient templatesOnly =
        ApiFixtures.program(
            webTestClient, ApiFixtures.apiKey(admin, tag + " a", List.of("templates:read")));
    WebTestClient withAccounts =
        ApiFixtures.program(
            webTestClient,
            ApiFixtures.apiKey(admin, tag + " b", List.of("templates:read", "accounts:read")));

    preview(templatesOnly, template, Map.of("body", "<p>{{last_name}}</p>")).expectStatus().isOk();
    preview(templatesOnly, template, Map.of("accountId", account))
        .expectStatus()
        .isForbidden()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/forbidden");
    preview(withAccounts, template, Map.of("accountId", account)).expectStatus().isOk();
    // The console's administrators hold every right.
    preview(admin, template, Map.of("accountId", account)).expectStatus().isOk();
  }

  private static WebTestClient.ResponseSpec preview(
      WebTestClient client, String template, Map<String, ?> body) {
    return client
        .post()
        .uri("/api/templates/" + template + "/preview")
        .accept(MediaType.APPLICATION_PDF)
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
