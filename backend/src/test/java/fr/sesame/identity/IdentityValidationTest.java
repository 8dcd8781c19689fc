package fr.sesame.identity;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An empty or half-filled identity is refused field by field, never saved as if valid. */
@ApplicationTest
class IdentityValidationTest {

  @Autowired WebTestClient webTestClient;

  @Test
  void anEmptyIdentityIsRefusedWithTheNameAsTheFieldToFill() {
    WebTestClient admin = SignedIn.admin(webTestClient);
    Map<String, Object> empty = new HashMap<>();
    empty.put("name", " ");
    empty.put("uai", "");
    empty.put("publicUrl", null);
    put(admin, empty)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field")
        .isEqualTo("name")
        .jsonPath("$.errors[0].code")
        .isEqualTo("field.required");
  }

  @Test
  void theNextStepIsAnHttpsAddressWithItsLabel() {
    WebTestClient admin = SignedIn.admin(webTestClient);
    put(admin, Map.of("name", "Collège", "nextStepUrl", "http://ent.college.fr/"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'nextStepUrl')].code")
        .isEqualTo("nextStepUrl.https")
        .jsonPath("$.errors[?(@.field == 'nextStepUrl')].message")
        .isEqualTo("Doit commencer par https://")
        .jsonPath("$.errors[?(@.field == 'nextStepLabel')].message")
        .doesNotExist();
    put(admin, Map.of("name", "Collège", "nextStepUrl", "https://ent.college.fr/"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("nextStepLabel")
        .jsonPath("$.errors[0].code")
        .isEqualTo("identity.nextStepLabelRequired");
    put(
            admin,
            Map.of(
                "name", "Collège",
                "nextStepUrl", "https://ent.college.fr/",
                "nextStepLabel", "l'ENT"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.nextStepUrl")
        .isEqualTo("https://ent.college.fr/")
        .jsonPath("$.nextStepLabel")
        .isEqualTo("l'ENT");
  }

  private WebTestClient.ResponseSpec put(WebTestClient admin, Map<String, ?> body) {
    return admin
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }
}
