package fr.sesame.apikeys;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A key may be named with 100 characters: its audited calls still work and the journal names it.
 */
@ApplicationTest
class LongKeyNameTest {

  @Autowired WebTestClient webTestClient;

  @Test
  void aKeyWithTheLongestNameIsAudited() {
    WebTestClient admin = SignedIn.admin(webTestClient);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = (tag + " " + "Logiciel_de_vie_scolaire ".repeat(5)).substring(0, 99) + "!";
    WebTestClient program =
        ApiFixtures.program(
            webTestClient,
            ApiFixtures.apiKey(admin, name, List.of("accounts:write", "audit:read")));

    String created =
        new String(
            program
                .post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("kind", "TEACHER", "lastName", "Long" + tag, "firstName", "Nom"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            UTF_8);
    String journal =
        ApiFixtures.getJson(
            admin,
            "/api/audit-events?action=ACCOUNT_CREATED&accountId=" + JsonPath.read(created, "$.id"));
    assertThat((List<String>) JsonPath.read(journal, "$.items[*].actor"))
        .containsExactly("api-key:" + name);
  }
}
