package fr.sesame.accounts;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.JsonPages;
import fr.sesame.testing.SignedIn;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** September: the administrator loads the accounts exported from other school software. */
@ApplicationTest
class AccountImportJourneyTest {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Autowired WebTestClient webTestClient;
  WebTestClient client;
  String tag;

  @BeforeEach
  void signIn() {
    client = SignedIn.admin(webTestClient);
    tag = "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  String spreadsheetFile() {
    return "type;civilite;nom;prenom;identifiant;email;classe;mode_connexion;enfants;id_externe;remarque\r\n"
        + "Élève;;Lefèvre"
        + tag
        + ";Zoé;;;6A;;;E-"
        + tag
        + ";\r\n"
        + "responsable;Mme;Dupré"
        + tag
        + ";Hélène;;helene@example.fr;;DIRECT;E-"
        + tag
        + ";R-"
        + tag
        + ";à rappeler\r\n"
        + "Professeur;M.;\"Martin; dit « Le Grand »\";Paul;paul."
        + tag
        + ";;;ENT;;;\r\n";
  }

  @Test
  void dryRunReportsAndStoresNothingThenImportStoresAll() {
    byte[] file = spreadsheetFile().getBytes(WINDOWS_1252);

    ImportReport dryRun =
        importFile(file, true)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(dryRun.dryRun()).isTrue();
    assertThat(dryRun.encoding()).isEqualTo("windows-1252");
    assertThat(dryRun.separator()).isEqualTo(";");
    assertThat(dryRun.created()).isEqualTo(3);
    assertThat(dryRun.unknownColumns()).containsExactly("remarque");
    assertThat(dryRun.lines()).extracting(ImportReport.Line::line).containsExactly(2, 3, 4);
    assertThat(dryRun.lines().get(0).login()).isEqualTo("zoe.lefevre" + tag);
    assertThat(total("q=" + tag)).isZero();

    ImportReport applied =
        importFile(file, false)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(applied.created()).isEqualTo(3);
    assertThat(total("q=" + tag)).isEqualTo(3);
    Map<String, Object> parent = only("q=helene dupre" + tag);
    assertThat(parent.get("lastName")).isEqualTo("Dupré" + tag);
    assertThat(parent.get("firstName")).isEqualTo("Hélène");
    assertThat((List<?>) parent.get("childrenIds")).hasSize(1);
    assertThat(only("q=paul." + tag).get("lastName")).isEqualTo("Martin; dit « Le Grand »");

    ImportReport again =
        importFile(file, false)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(again.unchanged()).isEqualTo(3);

    byte[] changed =
        spreadsheetFile().replace("helene@example.fr", "h.dupre@example.fr").getBytes(WINDOWS_1252);
    ImportReport update =
        importFile(changed, false)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(update.updated()).isEqualTo(1);
    assertThat(update.unchanged()).isEqualTo(2);
    assertThat(total("q=" + tag)).isEqualTo(3);
  }

  @Test
  void anyWrongRowMeansNothingIsImportedAndEachErrorSaysWhere() {
    String existing =
        "type;nom;prenom;identifiant;id_externe\r\n"
            + ("Professeur;Déjà" + tag + ";Là;deja." + tag + ";X1-" + tag + "\r\n")
            + ("Professeur;Autre" + tag + ";Ici;;X2-" + tag + "\r\n");
    importFile(existing.getBytes(StandardCharsets.UTF_8), false).expectStatus().isOk();
    String file =
        String.join(
            "\n",
            "kind,last_name,first_name,login,email,children,external_id",
            "Student,Ok" + tag + ",Un,,,,",
            "Wizard,Bad" + tag + ",Deux,,,,",
            "Parent,Bad" + tag + ",Trois,,\"x@example.fr\nBcc: y@example.fr\",nobody-" + tag + ",",
            "Teacher,Bad" + tag + ",Quatre,same." + tag + ",,,",
            "Teacher,Bad" + tag + ",Cinq,same." + tag + ",,,",
            "Teacher,Bad" + tag + ",Six,deja." + tag + ",,,X2-" + tag,
            "");
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

    Map<String, Object> problem =
        importFile(bytes, false)
            .expectStatus()
            .isEqualTo(422)
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
            .returnResult()
            .getResponseBody();
    assertThat(problem.get("type")).isEqualTo("/problems/import-has-errors");
    assertThat(total("q=" + tag)).as("nothing half-stored").isEqualTo(2);

    ImportReport report =
        importFile(bytes, true).expectBody(ImportReport.class).returnResult().getResponseBody();
    assertThat(report.errors()).isEqualTo(4);
    assertThat(report.lines().get(0).outcome()).isEqualTo(ImportReport.Outcome.CREATED);
    assertThat(errorsOf(report, 3)).anyMatch(e -> e.startsWith("kind:"));
    assertThat(errorsOf(report, 4))
        .anyMatch(e -> e.startsWith("email:"))
        .anyMatch(e -> e.startsWith("children:") && e.contains("nobody-" + tag));
    assertThat(report.lines().get(3).outcome()).isEqualTo(ImportReport.Outcome.CREATED);
    assertThat(errorsOf(report, 7))
        .anyMatch(e -> e.contains("import.loginRepeated") && e.contains("aussi à la ligne 6"));
    assertThat(errorsOf(report, 8))
        .anyMatch(e -> e.contains("login.taken") && e.contains("déjà utilisé"));
  }

  @Test
  void refusesFilesItCannotRead() {
    importFile("nom;prenom\r\nDupré;Hélène\r\n".getBytes(StandardCharsets.UTF_8), true)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/import-unreadable")
        .jsonPath("$.detail")
        .value(detail -> assertThat(detail.toString()).contains("type"));
    importFile(new byte[50 * 1024 * 1024], true)
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/payload-too-large");
  }

  @Test
  void importsTwentyThousandRowsAllOrNothing() {
    StringBuilder file = new StringBuilder("type;nom;prenom;classe;id_externe\r\n");
    for (int i = 0; i < AccountImporter.MAX_ROWS; i++) {
      file.append("Élève;Élève")
          .append(tag)
          .append(i)
          .append(";Zoé;5B;")
          .append(tag)
          .append('-')
          .append(i)
          .append("\r\n");
    }
    byte[] bytes = file.toString().getBytes(WINDOWS_1252);

    long start = System.nanoTime();
    ImportReport dryRun =
        importFile(bytes, true)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    long dryRunMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    ImportReport applied =
        importFile(bytes, false)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    long importMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "Import of %,d rows (%,d bytes): dry run %,d ms, import %,d ms%n",
        AccountImporter.MAX_ROWS, bytes.length, dryRunMillis, importMillis);

    assertThat(dryRun.created()).isEqualTo(AccountImporter.MAX_ROWS);
    assertThat(applied.created()).isEqualTo(AccountImporter.MAX_ROWS);
    assertThat(total("q=" + tag)).isEqualTo(AccountImporter.MAX_ROWS);

    String oneMore = file + "Élève;Trop;Zoé;5B;x\r\n";
    importFile(oneMore.getBytes(WINDOWS_1252), true)
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/import-too-many-rows");
  }

  @Test
  void exportsWhatImportReadsBackWithFormulasDefused() {
    importFile(
            spreadsheetFile().replace("Zoé", "=HYPERLINK(\"\"http://x\"\")").getBytes(WINDOWS_1252),
            false)
        .expectStatus()
        .isOk();
    byte[] exported =
        client
            .get()
            .uri("/api/accounts/export?q=" + tag)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("text/csv;charset=UTF-8")
            .expectHeader()
            .valueMatches("Content-Disposition", "attachment; filename=\"comptes.csv\"")
            .expectBody()
            .returnResult()
            .getResponseBody();
    String csv = new String(exported, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFtype;nom;prenom;");
    assertThat(csv).contains("'=HYPERLINK").contains("Dupré" + tag).doesNotContain(";=HYPERLINK");

    ImportReport roundTrip =
        importFile(exported, true).expectBody(ImportReport.class).returnResult().getResponseBody();
    assertThat(roundTrip.errors()).isZero();
    assertThat(roundTrip.updated()).as("only the defused formula differs").isEqualTo(1);
    assertThat(roundTrip.unchanged()).isEqualTo(2);
  }

  private static List<String> errorsOf(ImportReport report, int line) {
    return report.lines().stream()
        .filter(l -> l.line() == line)
        .flatMap(l -> l.errors().stream())
        .map(e -> e.column() + ": " + e.code() + " " + e.message().text())
        .toList();
  }

  private WebTestClient.ResponseSpec importFile(byte[] bytes, boolean dryRun) {
    // 20,000 rows take seconds on a busy 2-core machine: more than the client's default 5 s.
    WebTestClient patient =
        client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
    return upload(patient, "POST", "/api/accounts/import?dryRun=" + dryRun, "comptes.csv", bytes);
  }

  private long total(String query) {
    return ((Number) list(query).get("total")).longValue();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> only(String query) {
    List<Map<String, Object>> items = (List<Map<String, Object>>) list(query).get("items");
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private Map<String, Object> list(String query) {
    return JsonPages.get(client, "/api/accounts?" + query);
  }
}
