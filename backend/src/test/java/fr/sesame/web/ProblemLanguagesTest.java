package fr.sesame.web;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Problems speak the caller's language, as a caller sees them over HTTP: French unless {@code
 * Accept-Language} asks for English, with stable codes either way.
 */
@ApplicationTest
class ProblemLanguagesTest {

  static final String NBSP = "\u00a0";
  static final byte[] BAD_CSV =
      ("type;nom;prenom;email\n" + "Élève;Durand;Léa;pas-une-adresse\n" + "Élève;;Noé;\n")
          .getBytes(StandardCharsets.UTF_8);

  @Autowired WebTestClient webTestClient;

  @Test
  void aBadCsvIsAnsweredInFrenchByDefault() {
    WebTestClient client = SignedIn.admin(webTestClient);
    WebTestClient.ResponseSpec answer =
        upload(client, "POST", "/api/accounts/import?dryRun=false", "comptes.csv", BAD_CSV);
    answer.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "fr");
    Map<String, Object> problem = body(answer, 422);
    assertThat(problem)
        .containsEntry("type", "/problems/import-has-errors")
        .containsEntry("code", "import.hasErrors")
        .containsEntry("title", "Des lignes sont erronées" + NBSP + ": rien n’a été importé")
        .containsEntry(
            "detail", "2 lignes contiennent des erreurs" + NBSP + "; rien n’a été importé.");
    assertThat(lineErrors(problem))
        .containsExactly(
            Map.of(
                "column",
                "email",
                "code",
                "email.invalid",
                "message",
                "Adresse e-mail non valide (exemple" + NBSP + ": nom@exemple.fr)"),
            Map.of("column", "nom", "code", "field.required", "message", "Obligatoire"));
  }

  @Test
  void aBadCsvIsAnsweredInEnglishWhenAsked() {
    WebTestClient client =
        SignedIn.admin(webTestClient)
            .mutate()
            .defaultHeader(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
            .build();
    WebTestClient.ResponseSpec answer =
        upload(client, "POST", "/api/accounts/import?dryRun=false", "comptes.csv", BAD_CSV);
    answer.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "en");
    Map<String, Object> problem = body(answer, 422);
    assertThat(problem)
        .containsEntry("code", "import.hasErrors")
        .containsEntry("title", "Some rows are wrong: nothing was imported")
        .containsEntry("detail", "2 lines have errors; nothing was imported.");
    assertThat(lineErrors(problem))
        .extracting(error -> error.get("code") + " " + error.get("message"))
        .containsExactly(
            "email.invalid Not a valid e-mail address, such as nom@exemple.fr",
            "field.required Required");
  }

  @Test
  void aDryRunReportSpeaksTheAskedLanguageToo() {
    WebTestClient client = SignedIn.admin(webTestClient);
    Map<String, Object> report =
        body(upload(client, "POST", "/api/accounts/import?dryRun=true", "c.csv", BAD_CSV), 200);
    assertThat(lineErrors(Map.of("report", report)))
        .extracting(error -> error.get("message"))
        .contains("Obligatoire");
  }

  @Test
  void aWrongPasswordIsAnsweredInFrench() {
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    WebTestClient.ResponseSpec answer = browser.signIn("admin", "pas le bon mot de passe");
    answer.expectHeader().valueEquals(HttpHeaders.CONTENT_LANGUAGE, "fr");
    assertThat(body(answer, 401))
        .containsEntry("type", "/problems/sign-in-failed")
        .containsEntry("code", "signIn.failed")
        .containsEntry("title", "Échec de la connexion")
        .containsEntry("detail", "L’identifiant ou le mot de passe est incorrect.");
  }

  @Test
  void anHttpPublicUrlIsRefusedInFrenchWithItsCode() {
    WebTestClient client = SignedIn.admin(webTestClient);
    WebTestClient.ResponseSpec answer =
        client
            .put()
            .uri("/api/identity")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("name", "Collège", "publicUrl", "http://sesame.example.fr/"))
            .exchange();
    Map<String, Object> problem = body(answer, 400);
    assertThat(problem)
        .containsEntry("type", "/problems/validation-failed")
        .containsEntry("title", "La requête contient des champs invalides");
    assertThat(problem.get("errors"))
        .isEqualTo(
            List.of(
                Map.of(
                    "field",
                    "publicUrl",
                    "code",
                    "publicUrl.https",
                    "message",
                    "Doit utiliser https:// (http:// seulement pour localhost)")));
  }

  @Test
  void beanValidationAnswersWithCodesAndFrenchWords() {
    Map<String, Object> problem =
        body(new BrowserLikeClient(webTestClient, true).signIn("", "x"), 400);
    assertThat(problem.get("errors"))
        .isEqualTo(
            List.of(
                Map.of("field", "username", "code", "field.required", "message", "Obligatoire")));
  }

  private static Map<String, Object> body(WebTestClient.ResponseSpec answer, int status) {
    return answer
        .expectStatus()
        .isEqualTo(status)
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> lineErrors(Map<String, Object> problem) {
    Map<String, Object> report = (Map<String, Object>) problem.get("report");
    return ((List<Map<String, Object>>) report.get("lines"))
        .stream()
            .flatMap(line -> ((List<Map<String, Object>>) line.get("errors")).stream())
            .toList();
  }
}
