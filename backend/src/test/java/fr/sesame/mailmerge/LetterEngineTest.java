package fr.sesame.mailmerge;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.accounts.AccountKind;
import fr.sesame.accounts.AccountService;
import fr.sesame.audit.Actor;
import fr.sesame.credentials.Credential;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.credentials.CredentialService;
import fr.sesame.letters.QrDecoding;
import fr.sesame.templates.TemplateService;
import fr.sesame.templates.TemplateVariant;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.io.ByteArrayOutputStream;
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
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * A thousand teachers' letters, streamed from the database through the engine while BlockHound
 * watches every event-loop thread: any blocking call there fails the stream.
 */
@ApplicationTest
class LetterEngineTest {

  private static final Actor ADMIN = new Actor("admin", "127.0.0.1");

  @Autowired WebTestClient webTestClient;
  @Autowired LetterEngine engine;
  @Autowired AccountService accounts;
  @Autowired CredentialService credentials;
  @Autowired CredentialSecrets secrets;
  @Autowired TemplateService templates;
  @Autowired DatabaseClient db;

  @Test
  void aThousandLettersStreamWithoutBlockingAnEventLoop() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Collège Jean Moulin", "publicUrl", "https://sesame.college.fr"))
        .exchange()
        .expectStatus()
        .isOk();
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
    List<Credential> issued =
        Flux.fromIterable(ids)
            .flatMapSequential(id -> credentials.issue(id, null, TemplateVariant.QR, 30, ADMIN), 4)
            .collectList()
            .block(Duration.ofMinutes(2));
    UUID template =
        templates.defaultFor(AccountKind.TEACHER, TemplateVariant.QR, "fr").block().id();

    long start = System.nanoTime();
    Flux<LetterRecipient> recipients =
        Flux.fromIterable(issued)
            .concatMap(
                credential ->
                    accounts
                        .get(credential.accountId())
                        .map(account -> new LetterRecipient(account, "", credential)));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    engine
        .prepare(template)
        .flatMapMany(merge -> engine.pdf(merge, recipients))
        .doOnNext(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              pdf.writeBytes(bytes);
              DataBufferUtils.release(buffer);
            })
        .blockLast(Duration.ofMinutes(3));
    System.out.printf(
        "1,000 letters from the database: %d ms, %,d bytes%n",
        (System.nanoTime() - start) / 1_000_000, pdf.size());

    try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
      assertThat(document.getNumberOfPages()).isEqualTo(1_000);
      PDFRenderer pages = new PDFRenderer(document);
      PDFTextStripper text = new PDFTextStripper();
      for (int page : new int[] {0, 499, 999}) {
        Credential credential = issued.get(page);
        assertThat(QrDecoding.decode(pages.renderImageWithDPI(page, 200)))
            .isEqualTo("https://sesame.college.fr/activate#" + secrets.token(credential.id()));
        text.setStartPage(page + 1);
        text.setEndPage(page + 1);
        assertThat(text.getText(document))
            .contains(tag + String.format("%04d", page))
            .contains(secrets.securityCode(credential.id()));
      }
    }
  }
}
