package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * « Importer » clicked twice, or a confirmation retried: one preview imports once, and the second
 * answer is the first import's report, not « 0 créés, 40 inchangés ». An .xlsx imports like a CSV.
 */
@ApplicationTest
class ImportConfirmationTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  WebTestClient client;
  String tag;

  @BeforeEach
  void signIn() {
    client = SignedIn.admin(webTestClient);
    tag = "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  private byte[] csv() {
    StringBuilder text = new StringBuilder("type;nom;prenom;classe;id_externe\r\n");
    for (int i = 0; i < 40; i++) {
      text.append("Élève;Lefèvre").append(tag).append(";Zoé").append(i).append(";6A;");
      text.append(tag).append('-').append(i).append("\r\n");
    }
    return text.toString().getBytes(Charset.forName("windows-1252"));
  }

  @Test
  void twoConfirmationsOfOnePreviewImportOnceAndAnswerTheSameReport() {
    byte[] file = csv();
    String key = UUID.randomUUID().toString();
    long importsBefore = auditedImports();
    CompletableFuture<ImportReport> first = CompletableFuture.supplyAsync(() -> confirm(file, key));
    CompletableFuture<ImportReport> second =
        CompletableFuture.supplyAsync(() -> confirm(file, key));
    ImportReport a = first.join();
    ImportReport b = second.join();
    assertThat(a.created()).isEqualTo(40);
    assertThat(b.created()).isEqualTo(40);
    assertThat(b.unchanged()).isZero();
    assertThat(auditedImports() - importsBefore).isEqualTo(1);

    // A new preview (a new key) of the same file is a new import: nothing left to create.
    ImportReport later = confirm(file, UUID.randomUUID().toString());
    assertThat(later.unchanged()).isEqualTo(40);

    // The same key with other files is refused, not silently answered.
    byte[] other = Arrays.copyOf(file, file.length + 2);
    other[file.length] = '\r';
    other[file.length + 1] = '\n';
    send(other, key).expectStatus().isEqualTo(409);
  }

  @Test
  void anExcelWorkbookImportsLikeItsCsv() {
    byte[] workbook =
        Workbooks.xlsx(
            List.of(
                List.of("type", "nom", "prenom", "classe"),
                List.of("Élève", "Lefèvre" + tag, "Zoé", "6A"),
                List.of("Élève", "Martin" + tag, "Paul", "6B")));
    ImportReport report =
        upload(workbook, "comptes.xlsx", null, true)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(report.created()).isEqualTo(2);
    assertThat(report.encoding()).isEqualTo("xlsx");
    assertThat(report.lines())
        .extracting(ImportReport.Line::lastName)
        .containsExactly("Lefèvre" + tag, "Martin" + tag);
  }

  private long auditedImports() {
    return db.sql("select count(*) as n from audit_event where action = 'ACCOUNTS_IMPORTED'")
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }

  private ImportReport confirm(byte[] file, String key) {
    return send(file, key)
        .expectStatus()
        .isOk()
        .expectBody(ImportReport.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec send(byte[] file, String key) {
    return upload(file, "comptes.csv", key, false);
  }

  private WebTestClient.ResponseSpec upload(byte[] file, String name, String key, boolean dryRun) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(file))
        .filename(name)
        .contentType(MediaType.APPLICATION_OCTET_STREAM);
    return client
        .post()
        .uri("/api/accounts/import?dryRun=" + dryRun)
        .headers(
            h -> {
              if (key != null) {
                h.set("Idempotency-Key", key);
              }
            })
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }
}
