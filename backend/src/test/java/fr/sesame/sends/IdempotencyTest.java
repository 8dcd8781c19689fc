package fr.sesame.sends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An {@code Idempotency-Key} belongs to its caller and to one request: someone else's key never
 * gives their send back, the same key with another body is refused, and only that key's clash is
 * taken for a retry.
 */
@ApplicationTest
class IdempotencyTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  WebTestClient admin;
  String tag;
  String template;

  @BeforeEach
  void setUp() {
    admin = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    tag = "Cle" + UUID.randomUUID().toString().substring(0, 6);
    template = ApiFixtures.templateId(admin, "PARENT", "QR");
  }

  @Test
  void anotherCallersKeyNeverGivesTheirSendBack() {
    WebTestClient program =
        ApiFixtures.program(
            webTestClient, ApiFixtures.apiKey(admin, tag, List.of("sends:read", "sends:write")));
    UUID anne = parent("Anne");
    UUID paul = parent("Paul");
    String key = "rentree-" + tag;

    String mine = body(post(admin, request(anne), key).expectStatus().isCreated());
    String theirs = body(post(program, request(paul), key).expectStatus().isCreated());

    assertThat((String) JsonPath.read(theirs, "$.id"))
        .as("the program's own send")
        .isNotEqualTo(JsonPath.read(mine, "$.id"));
    assertThat(letters(paul)).as("the program's recipient got a letter").isEqualTo(1);
    assertThat(letters(anne)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndWithTheSameBodyGivesTheSameSend() {
    UUID anne = parent("Anne");
    UUID paul = parent("Paul");
    String key = "clic-" + tag;

    String first = body(post(admin, request(anne), key).expectStatus().isCreated());
    // The same request, its fields in another order: the same send.
    String reordered =
        "{\"selection\":{\"accountIds\":[\""
            + anne
            + "\"]},\"output\":\"PDF\",\"audience\":\"PARENT\",\"templateId\":\""
            + template
            + "\"}";
    String again =
        body(
            admin
                .post()
                .uri("/api/sends")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(reordered)
                .exchange()
                .expectStatus()
                .isCreated());
    assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));

    post(admin, request(paul), key)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/idempotency-key-reused");
    assertThat(letters(paul)).as("nothing issued under a reused key").isZero();
    assertThat(letters(anne)).isEqualTo(1);
  }

  @Test
  void parallelRetriesWithOneKeyMakeOneSend() {
    UUID anne = parent("Anne");
    String key = "double-clic-" + tag;
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(
          CompletableFuture.supplyAsync(
              () -> body(post(admin, request(anne), key).expectStatus().isCreated())));
    }
    Set<String> ids = new HashSet<>();
    for (CompletableFuture<String> call : calls) {
      ids.add(JsonPath.read(call.join(), "$.id"));
    }
    assertThat(ids).as("the same send for every retry").hasSize(1);
    assertThat(letters(anne)).isEqualTo(1);
  }

  @Test
  void anotherClashWithStoredDataIsAnErrorNotAnEmptySuccess() {
    WebTestClient program =
        ApiFixtures.program(
            webTestClient, ApiFixtures.apiKey(admin, tag, List.of("sends:read", "sends:write")));
    UUID anne = parent("Anne");
    // The database refuses this caller's sends, as a check constraint would.
    db.sql(
            "create function refuse_"
                + tag
                + "() returns trigger language plpgsql as $$ begin raise exception"
                + " 'refused' using errcode = 'check_violation'; end $$")
        .then()
        .block();
    db.sql(
            "create trigger refuse_"
                + tag
                + " before insert on send for each row when (new.created_by = 'api-key:"
                + tag
                + "') execute function refuse_"
                + tag
                + "()")
        .then()
        .block();
    try {
      post(program, request(anne), null)
          .expectStatus()
          .isEqualTo(409)
          .expectBody()
          .jsonPath("$.type")
          .isEqualTo("/problems/conflict");
      post(program, request(anne), "essai-" + tag).expectStatus().isEqualTo(409);
    } finally {
      db.sql("drop trigger refuse_" + tag + " on send").then().block();
      db.sql("drop function refuse_" + tag + "()").then().block();
    }
    assertThat(letters(anne)).isZero();
  }

  private Map<String, Object> request(UUID account) {
    return Map.of(
        "templateId",
        template,
        "audience",
        "PARENT",
        "output",
        "PDF",
        "selection",
        Map.of("accountIds", List.of(account)));
  }

  private UUID parent(String firstName) {
    return ApiFixtures.account(
        admin,
        Map.of(
            "kind", "PARENT", "lastName", tag, "firstName", firstName, "connectionMode", "DIRECT"));
  }

  private long letters(UUID account) {
    return db.sql("select count(*) as n from credential where account_id = :a")
        .bind("a", account)
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  private static WebTestClient.ResponseSpec post(
      WebTestClient client, Map<String, Object> body, String key) {
    WebTestClient.RequestBodySpec spec = client.post().uri("/api/sends");
    if (key != null) {
      spec = spec.header("Idempotency-Key", key);
    }
    return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }
}
