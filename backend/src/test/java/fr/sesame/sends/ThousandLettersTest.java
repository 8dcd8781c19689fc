package fr.sesame.sends;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.accounts.AccountKind;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.letters.LetterVariant;
import fr.sesame.letters.QrDecoding;
import fr.sesame.templates.TemplateService;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A thousand teachers' letters: a send issues them, then its PDF streams over HTTP from the
 * database through the letter engine while BlockHound watches every event-loop thread — any
 * blocking call there fails the download.
 */
@ApplicationTest
class ThousandLettersTest {

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired TemplateService templates;
  @Autowired DatabaseClient db;

  @Test
  void aThousandLettersStreamWithoutBlockingAnEventLoop() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    String tag = "Mille" + UUID.randomUUID().toString().substring(0, 6);
    StringBuilder csv = new StringBuilder("type;nom;prenom;mode_connexion\r\n");
    for (int i = 0; i < 1_000; i++) {
      csv.append("Professeur;")
          .append(tag)
          .append(String.format("%04d", i))
          .append(";Paul;DIRECT\r\n");
    }
    upload(
            client,
            "POST",
            "/api/accounts/import?dryRun=false",
            "profs.csv",
            csv.toString().getBytes(StandardCharsets.UTF_8))
        .expectStatus()
        .isOk();
    List<UUID> ids =
        db.sql("select id from account where last_name like :tag order by last_name")
            .bind("tag", tag + "%")
            .map(row -> row.get("id", UUID.class))
            .all()
            .collectList()
            .block();
    assertThat(ids).hasSize(1_000);
    UUID template = templates.defaultFor(AccountKind.TEACHER, LetterVariant.QR, "fr").block().id();

    long start = System.nanoTime();
    String send =
        ApiFixtures.send(
            client,
            Map.of(
                "templateId",
                template,
                "audience",
                "TEACHER",
                "output",
                "PDF",
                "selection",
                Map.of("accountIds", ids)));
    String sendId = com.jayway.jsonpath.JsonPath.read(send, "$.id");
    long issued = System.nanoTime();
    byte[] pdf =
        client
            .mutate()
            .responseTimeout(Duration.ofMinutes(3))
            .build()
            .get()
            .uri("/api/sends/" + sendId + "/document")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    System.out.printf(
        "1,000 letters: send (credentials issued) %d ms, PDF over HTTP %d ms, %,d bytes%n",
        (issued - start) / 1_000_000, (System.nanoTime() - issued) / 1_000_000, pdf.length);

    List<UUID> credentials =
        db.sql(
                "select r.credential_id from send_recipient r where r.send_id = :send"
                    + " order by r.position")
            .bind("send", UUID.fromString(sendId))
            .map(row -> row.get("credential_id", UUID.class))
            .all()
            .collectList()
            .block();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1_000);
      PDFRenderer pages = new PDFRenderer(document);
      PDFTextStripper text = new PDFTextStripper();
      for (int page : new int[] {0, 499, 999}) {
        UUID credential = credentials.get(page);
        assertThat(QrDecoding.decode(pages.renderImageWithDPI(page, 200)))
            .isEqualTo("https://sesame.college.fr/activate#" + secrets.token(credential));
        text.setStartPage(page + 1);
        text.setEndPage(page + 1);
        assertThat(text.getText(document))
            .contains(tag + String.format("%04d", page))
            .contains(secrets.securityCode(credential));
      }
    }
  }
}
