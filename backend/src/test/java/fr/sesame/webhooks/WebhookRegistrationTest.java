package fr.sesame.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Registering webhooks with the default settings: only https, never the server's own network, only
 * known events; administrators only; audited without the secret.
 */
@ApplicationTest
class WebhookRegistrationTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  WebTestClient admin;

  @BeforeEach
  void signIn() {
    admin = SignedIn.admin(webTestClient);
  }

  @Test
  void theServersOwnNetworkIsRefused() {
    for (String url :
        List.of(
            "https://127.0.0.1/hook",
            "https://localhost/hook",
            "https://localhost:8443/hook",
            "https://10.1.2.3/hook",
            "https://192.168.0.10/hook",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://100.64.0.1/hook")) {
      assertThat(refusal(url, List.of(WebhookEvents.SEND_COMPLETED)))
          .as(url)
          .containsEntry("field", "url")
          .satisfies(
              error ->
                  assertThat((String) error.get("message"))
                      .contains("renvoie à")
                      .contains("réseau du serveur"));
    }
  }

  @Test
  void onlyAbsoluteHttpsUrlsWithoutCredentialsAndKnownEvents() {
    List<String> events = List.of(WebhookEvents.SEND_COMPLETED);
    assertThat(refusal("http://ent.example.fr/hook", events))
        .containsEntry("field", "url")
        .containsEntry("code", "webhook.url.https")
        .containsEntry("message", "Doit utiliser https, pas http");
    assertThat(refusal("https://user:secret@ent.example.fr/hook", events))
        .containsEntry("field", "url");
    assertThat(refusal("/relative", events)).containsEntry("field", "url");
    assertThat(refusal("https://ent.example.fr/" + "x".repeat(2000), events))
        .containsEntry("field", "url");
    assertThat(refusal("https://203.0.113.10/hook", List.of())).containsEntry("field", "events");
    assertThat(refusal("https://203.0.113.10/hook", List.of("letter.opened")))
        .containsEntry("field", "events");
    assertThat(list()).noneMatch(w -> String.valueOf(w.get("url")).contains("ent.example.fr"));
  }

  @Test
  void aPublicAddressIsRegisteredAuditedAndDeleted() {
    String url = "https://203.0.113.10/hooks/" + UUID.randomUUID() + "?token=receiver-own";
    Map<String, Object> created =
        admin
            .post()
            .uri("/api/webhooks")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("url", url, "events", List.of("letter.locked", "letter.locked")))
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    String id = (String) created.get("id");
    String secret = (String) created.get("secret");
    assertThat(created)
        .containsEntry("url", url)
        .containsEntry("events", List.of("letter.locked"))
        .containsEntry("createdBy", "admin")
        .containsKey("createdAt");
    assertThat(list()).filteredOn(w -> id.equals(w.get("id"))).singleElement();
    admin
        .get()
        .uri("/api/webhooks/" + id + "/deliveries")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.total")
        .isEqualTo(0);

    admin.delete().uri("/api/webhooks/" + id).exchange().expectStatus().isNoContent();
    assertThat(list()).noneMatch(w -> id.equals(w.get("id")));

    List<String> audit =
        db.sql(
                "select action || ' ' || details::text as line from audit_event"
                    + " where target_type = 'WEBHOOK' and target_id = :id order by id")
            .bind("id", id)
            .map(row -> row.get("line", String.class))
            .all()
            .collectList()
            .block();
    assertThat(audit).hasSize(2);
    assertThat(audit.get(0)).startsWith("WEBHOOK_CREATED").contains("203.0.113.10");
    assertThat(audit.get(1)).startsWith("WEBHOOK_DELETED");
    assertThat(String.join("\n", audit)).doesNotContain(secret).doesNotContain("receiver-own");
  }

  @Test
  void administratorsOnly() {
    webTestClient.get().uri("/api/webhooks").exchange().expectStatus().isUnauthorized();
    admin
        .get()
        .uri("/api/webhooks/" + UUID.randomUUID() + "/deliveries")
        .exchange()
        .expectStatus()
        .isNotFound();
    admin.delete().uri("/api/webhooks/" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> refusal(String url, List<String> events) {
    Map<String, Object> problem =
        admin
            .post()
            .uri("/api/webhooks")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("url", url, "events", events))
            .exchange()
            .expectStatus()
            .isBadRequest()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    assertThat(problem).containsEntry("type", "/problems/validation-failed");
    List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
    assertThat(errors).hasSize(1);
    return errors.get(0);
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
}
