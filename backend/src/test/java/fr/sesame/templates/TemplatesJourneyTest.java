package fr.sesame.templates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.letters.LetterVariant;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** « Lettres types »: duplicate an original, customise, check tags, restore, read the history. */
@ApplicationTest
class TemplatesJourneyTest {

  @Autowired WebTestClient webTestClient;
  WebTestClient client;

  @BeforeEach
  void signIn() {
    client = SignedIn.admin(webTestClient);
  }

  @Test
  void shipsAnOriginalPerAudienceLanguageAndVariant() {
    List<Template> originals = list("").stream().filter(Template::original).toList();
    assertThat(originals).hasSizeGreaterThanOrEqualTo(20);
    assertThat(list("?audience=PARENT&variant=QR&language=fr"))
        .filteredOn(Template::original)
        .singleElement()
        .satisfies(
            parent -> {
              assertThat(parent.name()).isEqualTo("Connexion – Responsables (QR code)");
              assertThat(parent.body())
                  .contains("{{children}}", "{{qr_code}}", "{{security_code}}");
            });
    assertThat(list("?audience=STUDENT&variant=NO_QR&language=en"))
        .filteredOn(Template::original)
        .singleElement()
        .satisfies(
            student ->
                assertThat(student.body())
                    .contains("{{activation_code}}")
                    .doesNotContain("{{qr_code}}"));
  }

  @Test
  void customisesAnOriginalAndRestoresItKeepingTheHistory() {
    Template original = originalFor("TEACHER", "QR", "fr");
    Template changed =
        put(
                original,
                original.body().replace("Vos identifiants de connexion", "Bienvenue au collège"))
            .expectStatus()
            .isOk()
            .expectBody(Template.class)
            .returnResult()
            .getResponseBody();
    assertThat(changed.customised()).isTrue();
    assertThat(changed.version()).isEqualTo(original.version() + 1);

    Template restored =
        post("/api/templates/" + original.id() + "/restore")
            .expectStatus()
            .isOk()
            .expectBody(Template.class)
            .returnResult()
            .getResponseBody();
    assertThat(restored.customised()).isFalse();
    assertThat(restored.body()).isEqualTo(original.body());

    List<TemplateVersion> history =
        client
            .get()
            .uri("/api/templates/" + original.id() + "/versions")
            .exchange()
            .expectBody(new ParameterizedTypeReference<List<TemplateVersion>>() {})
            .returnResult()
            .getResponseBody();
    assertThat(history.get(0).note()).isEqualTo("RESTORED");
    assertThat(history.get(1).note()).isEqualTo("SAVED");
    client
        .get()
        .uri("/api/templates/" + original.id() + "/versions/" + history.get(1).version())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.body")
        .value(body -> assertThat(body.toString()).contains("Bienvenue au collège"));

    client.delete().uri("/api/templates/" + original.id()).exchange().expectStatus().isEqualTo(409);
  }

  @Test
  void refusesTagsThatDoNotSuitTheTemplateAndSaysWhere() {
    Template copy = duplicate(originalFor("STUDENT", "NO_QR", "fr"));
    assertThat(copy.original()).isFalse();
    assertThat(copy.name()).startsWith("Copie de ");
    put(copy, "<p>Bonjour</p>\n<p>{{qr_code}} {{children}} {{oops}}</p>")
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/template-invalid")
        .jsonPath("$.tagErrors[0].tag")
        .isEqualTo("qr_code")
        .jsonPath("$.tagErrors[0].line")
        .isEqualTo(2)
        .jsonPath("$.tagErrors[0].column")
        .isEqualTo(4)
        .jsonPath("$.tagErrors[1].tag")
        .isEqualTo("children")
        .jsonPath("$.tagErrors[2].code")
        .isEqualTo("tag.unknown")
        .jsonPath("$.tagErrors[2].message")
        .isEqualTo("Balise de fusion inconnue");
    client
        .get()
        .uri("/api/templates/" + copy.id())
        .exchange()
        .expectBody(Template.class)
        .value(unchanged -> assertThat(unchanged.version()).isEqualTo(1));

    Template cleaned =
        put(
                copy,
                "<p onclick=\"x()\">Bonjour {{first_name}}</p><script>alert(1)</script><img src=\"http://evil/x\">")
            .expectStatus()
            .isOk()
            .expectBody(Template.class)
            .returnResult()
            .getResponseBody();
    assertThat(cleaned.body()).isEqualTo("<p>Bonjour {{first_name}}</p>");

    // The school's own template may change variant: the new one is stored and checked against.
    Template asQr =
        client
            .put()
            .uri("/api/templates/" + copy.id())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(
                Map.of(
                    "name",
                    copy.name(),
                    "language",
                    "fr",
                    "audiences",
                    List.of("STUDENT"),
                    "variant",
                    "QR",
                    "body",
                    "<p>{{qr_code}}</p>"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(Template.class)
            .returnResult()
            .getResponseBody();
    assertThat(asQr.variant()).isEqualTo(LetterVariant.QR);

    client.delete().uri("/api/templates/" + copy.id()).exchange().expectStatus().isNoContent();
    client.get().uri("/api/templates/" + copy.id()).exchange().expectStatus().isNotFound();
  }

  @Test
  void listsTheTagsWithWhereTheyMayBeUsed() {
    client
        .get()
        .uri("/api/templates/tags")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .value(
            tags -> {
              assertThat(tags)
                  .extracting(tag -> tag.get("name"))
                  .contains("login", "qr_code", "children", "activation_code");
              assertThat(tags)
                  .filteredOn(tag -> tag.get("name").equals("qr_code"))
                  .singleElement()
                  .satisfies(tag -> assertThat(tag.get("variants")).isEqualTo(List.of("QR")));
            });
  }

  Template originalFor(String audience, String variant, String language) {
    return list("?audience=" + audience + "&variant=" + variant + "&language=" + language).stream()
        .filter(Template::original)
        .findFirst()
        .orElseThrow();
  }

  Template duplicate(Template template) {
    return post("/api/templates/" + template.id() + "/duplicate")
        .expectStatus()
        .isCreated()
        .expectBody(Template.class)
        .returnResult()
        .getResponseBody();
  }

  List<Template> list(String query) {
    Map<String, Object> page =
        client
            .get()
            .uri("/api/templates" + query)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    return client
        .get()
        .uri("/api/templates" + query)
        .exchange()
        .expectBody(new ParameterizedTypeReference<TemplatePageView>() {})
        .returnResult()
        .getResponseBody()
        .items();
  }

  record TemplatePageView(List<Template> items, long total) {}

  WebTestClient.ResponseSpec put(Template template, String body) {
    return client
        .put()
        .uri("/api/templates/" + template.id())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "name",
                template.name(),
                "language",
                template.language(),
                "audiences",
                template.audiences(),
                "variant",
                template.variant(),
                "body",
                body))
        .exchange();
  }

  WebTestClient.ResponseSpec post(String uri) {
    return client.post().uri(uri).exchange();
  }
}
