package fr.sesame.activation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.SignedIn;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The parent's side: the page names the school before anything is typed, a security code typed with
 * O for 0 opens the letter without costing a try, and « Mon compte » lists the children and where
 * to go next.
 */
@ApplicationTest
class ActivationSchoolTest {

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  WebTestClient admin;

  @BeforeEach
  void setUp() {
    db.sql("delete from activation_failure").then().block();
    admin = SignedIn.admin(webTestClient);
  }

  @Test
  void thePublicPageNamesTheSchoolAndNothingElse() {
    ApiFixtures.publicUrl(admin, "Collège Jean Moulin", "https://sesame.college.fr");
    WebTestClient anyone = new BrowserLikeClient(webTestClient, true).client();
    anyone
        .get()
        .uri("/api/activation/policy")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.school.name")
        .isEqualTo("Collège Jean Moulin")
        .jsonPath("$.school.uai")
        .doesNotExist()
        .jsonPath("$.school.address")
        .doesNotExist();
    int status =
        anyone
            .get()
            .uri("/api/activation/logo")
            .exchange()
            .returnResult(byte[].class)
            .getStatus()
            .value();
    // Public either way: the logo when one is uploaded, a 404 problem otherwise, never a 401.
    assertThat(status).isIn(200, 404);
  }

  @Test
  void aCodeWithTheLetterOIsCorrectedNotCountedAndMonCompteListsChildrenAndNextStep() {
    admin
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "name", "Collège Jean Moulin",
                "publicUrl", "https://sesame.college.fr",
                "nextStepUrl", "https://ent.college.fr/",
                "nextStepLabel", "l'ENT du collège"))
        .exchange()
        .expectStatus()
        .isOk();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    UUID child =
        ApiFixtures.account(
            admin,
            Map.of(
                "kind",
                "STUDENT",
                "lastName",
                "Dupré" + tag,
                "firstName",
                "Zoé",
                "className",
                "6A"));
    UUID parent =
        ApiFixtures.account(
            admin,
            Map.of(
                "kind",
                "PARENT",
                "lastName",
                "Dupré" + tag,
                "firstName",
                "Hélène",
                "childrenIds",
                java.util.List.of(child)));
    Credential letter = ApiFixtures.issue(admin, parent, "QR");
    String code = secrets.securityCode(letter.id());
    // As a parent may type it: O for 0, l for 1, and a dash in the middle.
    String withLetterO =
        code.substring(0, 3).replace('0', 'O').replace('1', 'l')
            + "-"
            + code.substring(3).replace('0', 'o').replace('1', 'I');
    BrowserLikeClient browser = new BrowserLikeClient(webTestClient, true);
    WebTestClient page = browser.client();
    page.get().uri("/api/activation/policy").exchange().expectStatus().isOk();
    page.post()
        .uri("/api/activation/verify")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("token", secrets.token(letter.id()), "code", withLetterO))
        .exchange()
        .expectStatus()
        .isOk();
    Integer wrong =
        db.sql("select failed_attempts from credential where id = :id")
            .bind("id", letter.id())
            .map(row -> row.get("failed_attempts", Integer.class))
            .one()
            .block();
    assertThat(wrong).isZero();
    String password = "violet cerf-volant 42 marées";
    page.post()
        .uri("/api/activation/password")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("password", password))
        .exchange()
        .expectStatus()
        .isNoContent();

    String login =
        db.sql("select login from account where id = :id")
            .bind("id", parent)
            .map(row -> row.get("login", String.class))
            .one()
            .block();
    BrowserLikeClient signedIn = new BrowserLikeClient(webTestClient, true);
    signedIn.signIn(login, password).expectStatus().isOk();
    signedIn
        .client()
        .get()
        .uri("/api/auth/account")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.children[0].displayName")
        .isEqualTo("Zoé Dupré" + tag)
        .jsonPath("$.children[0].className")
        .isEqualTo("6A")
        .jsonPath("$.nextStep.url")
        .isEqualTo("https://ent.college.fr/")
        .jsonPath("$.nextStep.label")
        .isEqualTo("l'ENT du collège");
  }
}
