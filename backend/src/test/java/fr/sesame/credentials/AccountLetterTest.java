package fr.sesame.credentials;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The front desk prints one account's letter: the live credential, the same every time. */
@ApplicationTest
class AccountLetterTest {

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired MutableClock clock;
  WebTestClient client;

  @BeforeEach
  void setUp() {
    // The first letter a test JVM renders loads the fonts and builds PDFBox's font cache.
    client = SignedIn.admin(webTestClient).mutate().responseTimeout(Duration.ofSeconds(30)).build();
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
  }

  @Test
  void aParentsLetterNamesTheChildrenAndItsQrCodeOpensTheActivationPage() throws Exception {
    UUID child =
        create(
            Map.of(
                "kind", "STUDENT", "lastName", "Lefèvre", "firstName", "Zoé", "className", "6A"));
    UUID parent =
        create(
            Map.of(
                "kind",
                "PARENT",
                "lastName",
                "Dupré",
                "firstName",
                "Hélène",
                "childrenIds",
                List.of(child)));
    Credential credential = issue(parent, "QR");

    byte[] first = letter(parent, credential.id());
    byte[] again = letter(parent, credential.id());
    try (PDDocument document = Loader.loadPDF(first)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String link = QrDecoding.decode(new PDFRenderer(document).renderImageWithDPI(0, 200));
      assertThat(link)
          .isEqualTo("https://sesame.college.fr/activate#" + secrets.token(credential.id()));
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Zoé Lefèvre (6A)", secrets.securityCode(credential.id()));
    }
    try (PDDocument document = Loader.loadPDF(again)) {
      assertThat(QrDecoding.decode(new PDFRenderer(document).renderImageWithDPI(0, 200)))
          .as("a re-printed letter carries the same credential")
          .endsWith(secrets.token(credential.id()));
    }

    clock.advance(Duration.ofSeconds(1));
    issue(parent, "QR");
    letterRequest(parent, credential.id(), "").expectStatus().isEqualTo(409);
  }

  @Test
  void aNoQrLetterCarriesTheActivationCodeAndExpiredLettersAreNotPrinted() throws Exception {
    UUID teacher = create(Map.of("kind", "TEACHER", "lastName", "Martin", "firstName", "Paul"));
    Credential credential = issue(teacher, "NO_QR");
    try (PDDocument document = Loader.loadPDF(letter(teacher, credential.id()))) {
      assertThat(QrDecoding.decode(new PDFRenderer(document).renderImageWithDPI(0, 200))).isNull();
      assertThat(new PDFTextStripper().getText(document))
          .contains(
              secrets.activationCode(credential.id()).replaceAll("(.{4})(?!$)", "$1 "), "Paul");
    }

    byte[] parentsTemplate =
        client
            .get()
            .uri("/api/templates?audience=PARENT&variant=NO_QR&language=fr")
            .exchange()
            .expectBody()
            .returnResult()
            .getResponseBody();
    UUID parentsTemplateId =
        UUID.fromString(
            com.jayway.jsonpath.JsonPath.read(new String(parentsTemplate, UTF_8), "$.items[0].id"));
    letterRequest(teacher, credential.id(), "?templateId=" + parentsTemplateId)
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.detail")
        .value(detail -> assertThat((String) detail).contains("TEACHER"));

    clock.advance(Duration.ofDays(31));
    client = SignedIn.admin(webTestClient);
    letterRequest(teacher, credential.id(), "").expectStatus().isEqualTo(409);
  }

  private byte[] letter(UUID account, UUID credential) {
    return letterRequest(account, credential, "")
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PDF)
        .expectHeader()
        .valueMatches("Content-Disposition", "inline; filename=\"lettre-.*\\.pdf\"")
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec letterRequest(UUID account, UUID credential, String query) {
    return client
        .get()
        .uri("/api/accounts/" + account + "/credentials/" + credential + "/letter" + query)
        .exchange();
  }

  private UUID create(Map<String, Object> body) {
    return ApiFixtures.account(client, body);
  }

  private Credential issue(UUID account, String variant) {
    return ApiFixtures.issue(client, account, variant);
  }
}
