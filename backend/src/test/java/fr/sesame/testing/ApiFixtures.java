package fr.sesame.testing;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.credentials.Credential;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What many tests set up through the API as the administrator: identity, accounts, letters. */
public final class ApiFixtures {

  private ApiFixtures() {}

  /** Names the establishment and sets the public URL the letters point to. */
  public static void publicUrl(WebTestClient admin, String name, String publicUrl) {
    admin
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", name, "publicUrl", publicUrl))
        .exchange()
        .expectStatus()
        .isOk();
  }

  /** Creates an account from the fields of {@code POST /api/accounts}; answers its id. */
  public static UUID account(WebTestClient admin, Map<String, ?> fields) {
    return admin
        .post()
        .uri("/api/accounts")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(fields)
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString()
        .transform(UUID::fromString);
  }

  /** The id of the first template for this audience and variant, in French. */
  public static String templateId(WebTestClient admin, String audience, String variant) {
    String page =
        new String(
            admin
                .get()
                .uri("/api/templates?audience=" + audience + "&variant=" + variant + "&language=fr")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    return JsonPath.read(page, "$.items[0].id");
  }

  /**
   * Sends the parents' French QR letter to one new parent, Anne {@code lastName} — on paper ({@code
   * PDF}), or by e-mail to {@code lastName@example.fr} ({@code EMAIL}); answers the send's id.
   */
  public static String sendToNewParent(WebTestClient admin, String lastName, String output) {
    Map<String, Object> parent = new java.util.HashMap<>();
    parent.put("kind", "PARENT");
    parent.put("lastName", lastName);
    parent.put("firstName", "Anne");
    if (output.equals("EMAIL")) {
      parent.put("email", lastName + "@example.fr");
    }
    UUID account = account(admin, parent);
    return JsonPath.read(
        send(
            admin,
            Map.of(
                "templateId",
                templateId(admin, "PARENT", "QR"),
                "audience",
                "PARENT",
                "output",
                output,
                "selection",
                Map.of("accountIds", java.util.List.of(account)))),
        "$.id");
  }

  /** Creates a send from the fields of {@code POST /api/sends}; answers its JSON. */
  public static String send(WebTestClient admin, Map<String, ?> request) {
    return new String(
        admin
            .post()
            .uri("/api/sends")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(request)
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody()
            .returnResult()
            .getResponseBody(),
        StandardCharsets.UTF_8);
  }

  /** Issues a letter of this variant ({@code QR}, {@code NO_QR}) to the account. */
  public static Credential issue(WebTestClient admin, UUID account, String variant) {
    return admin
        .post()
        .uri("/api/accounts/" + account + "/credentials")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("variant", variant))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(Credential.class)
        .returnResult()
        .getResponseBody();
  }

  /** The JSON of a {@code GET} that must answer {@code 200}. */
  public static String getJson(WebTestClient client, String uri) {
    return new String(
        client
            .get()
            .uri(uri)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody(),
        StandardCharsets.UTF_8);
  }

  /** The JSON answer of a {@code POST} of {@code body} that must answer {@code 200}. */
  public static String postJson(WebTestClient client, String uri, Object body) {
    return new String(
        client
            .post()
            .uri(uri)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody(),
        StandardCharsets.UTF_8);
  }

  /** Creates an API key with these scopes as the administrator; answers its secret. */
  public static String apiKey(WebTestClient admin, String name, java.util.List<String> scopes) {
    String created =
        new String(
            admin
                .post()
                .uri("/api/api-keys")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "scopes", scopes))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody(),
            StandardCharsets.UTF_8);
    return JsonPath.read(created, "$.key");
  }

  /** A client that carries the key and nothing else: no cookie jar, no CSRF header. */
  public static WebTestClient program(WebTestClient base, String key) {
    return base.mutate().defaultHeader("Authorization", "Bearer " + key).build();
  }
}
