package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.accounts.SchoolExports.Guardian;
import fr.sesame.accounts.SchoolExports.Link;
import fr.sesame.accounts.SchoolExports.Pupil;
import fr.sesame.accounts.SchoolExports.Staff;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.JsonPages;
import fr.sesame.testing.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * September, twice: the secretary gives the SIECLE and STS-Web exports she downloads, zipped and in
 * ISO-8859-15, then next year's, with one pupil gone and one new.
 */
@ApplicationTest
class SchoolExportImportJourneyTest {

  static final String UAI = "0751234J";

  @Autowired WebTestClient webTestClient;
  WebTestClient client;
  String tag;

  @BeforeEach
  void signIn() {
    client = SignedIn.admin(webTestClient);
    tag = "x" + UUID.randomUUID().toString().substring(0, 6);
    client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of("name", "Collège Test", "uai", UAI, "publicUrl", "https://sesame.example.fr"))
        .exchange()
        .expectStatus()
        .isOk();
  }

  List<Pupil> firstYearPupils() {
    return List.of(
        new Pupil(tag + "1", "CŒUR" + tag, null, "Zoé", "3A", null, null),
        new Pupil(tag + "2", "MARTIN" + tag, null, "Lucas", "4B", null, null),
        new Pupil(tag + "3", "MARTIN" + tag, null, "Lucas", "5C", null, null),
        new Pupil(tag + "4", "PARTI" + tag, null, "Inès", "6D", null, "03/07/2025"),
        new Pupil(tag + "5", "GROUPE" + tag, null, "Noé", null, "LATIN", null),
        new Pupil(tag + "6", "LEROY" + tag, "DURAND" + tag, "Léa", "4B", null, null),
        new Pupil(tag + "7", "LEROY" + tag, "DURAND" + tag, "Jules", "6D", null, null));
  }

  List<Guardian> guardians() {
    return List.of(
        new Guardian(
            tag + "01",
            "MME",
            "LEROY" + tag,
            "DURAND" + tag,
            "Amélie",
            "amelie@example.fr",
            "3 rue de l'Œillet",
            "75011",
            "PARIS"),
        new Guardian(
            tag + "02", "M.", "LEROY" + tag, null, "Marc", null, "12 avenue Foch", "69006", "LYON"),
        new Guardian(
            tag + "03",
            "MME",
            "GRAND" + tag,
            null,
            "Odile",
            "odile@example.fr",
            "1 place du Marché",
            "75011",
            "PARIS"),
        new Guardian(
            tag + "04",
            "M.",
            "CŒUR" + tag,
            null,
            "Hervé",
            "herve@example.fr",
            "8 rue Haute",
            "13001",
            "MARSEILLE"));
  }

  List<Link> links() {
    return List.of(
        new Link(tag + "6", tag + "01", 1),
        new Link(tag + "7", tag + "01", 1),
        new Link(tag + "6", tag + "02", 2),
        new Link(tag + "7", tag + "02", 2),
        new Link(tag + "6", tag + "03", 0),
        new Link(tag + "1", tag + "04", 1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void importsSiecleExportsThenNextYearsUpdate() {
    byte[] pupils =
        SchoolExports.zip("ElevesSansAdresses.xml", SchoolExports.pupils(UAI, firstYearPupils()));
    byte[] guardians =
        SchoolExports.zip(
            "ResponsablesAvecAdresses.xml", SchoolExports.guardians(UAI, guardians(), links()));

    ImportReport dryRun =
        send(true, guardians, pupils)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(dryRun.format()).isEqualTo("SIECLE_PUPILS");
    assertThat(dryRun.files())
        .extracting(
            ImportReport.FileRead::format,
            ImportReport.FileRead::encoding,
            ImportReport.FileRead::zipped)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SIECLE_PUPILS", "iso-8859-15", true),
            org.assertj.core.groups.Tuple.tuple("SIECLE_GUARDIANS", "iso-8859-15", true));
    assertThat(dryRun.created()).as("6 pupils at school, 3 legal guardians").isEqualTo(9);
    assertThat(dryRun.warnings())
        .anySatisfy(w -> assertThat(w.text()).contains("GROUPE" + tag).contains("LATIN"))
        .anySatisfy(w -> assertThat(w.text()).contains("1 élève dont la date de sortie"))
        .anySatisfy(w -> assertThat(w.text()).contains("1 lien vers un contact"));
    assertThat(list("q=" + tag)).isEmpty();

    ImportReport first =
        send(false, pupils, guardians)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(first.created()).isEqualTo(9);
    List<Map<String, Object>> accounts = list("q=" + tag);
    assertThat(accounts)
        .extracting(a -> a.get("lastName"))
        .doesNotContain("PARTI" + tag, "GRAND" + tag);
    Map<String, Object> zoe = one(accounts, "CŒUR" + tag, "Zoé");
    assertThat(zoe.get("className")).isEqualTo("3A");
    assertThat(zoe.get("status")).isEqualTo("ACTIVE");
    List<Map<String, Object>> lucas =
        accounts.stream().filter(a -> "Lucas".equals(a.get("firstName"))).toList();
    assertThat(lucas).as("homonyms are two people").hasSize(2);
    assertThat(lucas).extracting(a -> a.get("login")).doesNotHaveDuplicates();
    assertThat(lucas).extracting(a -> a.get("className")).containsExactlyInAnyOrder("4B", "5C");
    assertThat(one(accounts, "GROUPE" + tag, "Noé").get("className")).isNull();
    Map<String, Object> lea = one(accounts, "DURAND" + tag, "Léa");
    Map<String, Object> jules = one(accounts, "DURAND" + tag, "Jules");
    Map<String, Object> mother = one(accounts, "DURAND" + tag, "Amélie");
    Map<String, Object> father = one(accounts, "LEROY" + tag, "Marc");
    assertThat(mother.get("childrenIds"))
        .asList()
        .containsExactlyInAnyOrder(lea.get("id"), jules.get("id"));
    assertThat(father.get("childrenIds"))
        .asList()
        .containsExactlyInAnyOrder(lea.get("id"), jules.get("id"));
    assertThat(mother.get("email")).isEqualTo("amelie@example.fr");
    assertThat(mother.get("civility")).isEqualTo("Mme");
    assertThat(mother.get("address")).isEqualTo("3 rue de l'Œillet\n75011 PARIS");
    assertThat(father.get("address")).isEqualTo("12 avenue Foch\n69006 LYON");

    // The same export again changes nothing.
    ImportReport again =
        send(true, pupils, guardians)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(again.unchanged()).isEqualTo(9);
    assertThat(again.created() + again.updated()).isZero();
    assertThat(ours(again.leavers())).isEmpty();

    // Zoé gets a letter, then leaves: next year's export no longer has her, and has Hugo.
    String zoeId = (String) zoe.get("id");
    client
        .post()
        .uri("/api/accounts/" + zoeId + "/credentials")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("variant", "NO_QR"))
        .exchange()
        .expectStatus()
        .isCreated();
    List<Pupil> nextYear = new ArrayList<>(firstYearPupils().subList(1, 7));
    nextYear.add(new Pupil(tag + "8", "NOUVEAU" + tag, null, "Hugo", "6D", null, null));
    byte[] nextPupils =
        SchoolExports.zip("ElevesSansAdresses.xml", SchoolExports.pupils(UAI, nextYear));

    ImportReport nextDryRun =
        send(true, nextPupils, guardians)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(nextDryRun.created()).isEqualTo(1);
    assertThat(ours(nextDryRun.leavers()))
        .as("Zoé, and her father whose only child she was")
        .extracting(ImportReport.Leaver::lastName)
        .containsExactlyInAnyOrder("CŒUR" + tag, "CŒUR" + tag);
    assertThat(one(list("q=" + tag), "CŒUR" + tag, "Zoé").get("status")).isEqualTo("ACTIVE");

    ImportReport next =
        send(false, nextPupils, guardians)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(ours(next.leavers())).hasSize(2);
    assertThat(list("q=" + tag + "&status=LEFT"))
        .extracting(a -> a.get("firstName"))
        .containsExactlyInAnyOrder("Zoé", "Hervé");
    assertThat(list("q=" + tag + "&status=ACTIVE")).hasSize(8);
    assertThat(list("q=" + tag)).as("left, not deleted").hasSize(10);
    String credentials =
        client
            .get()
            .uri("/api/accounts/" + zoeId + "/credentials")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(credentials).contains("REVOKED").doesNotContain("ISSUED");
    client
        .post()
        .uri("/api/accounts/" + zoeId + "/credentials")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("variant", "NO_QR"))
        .exchange()
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.reason")
        .isEqualTo("LEFT");

    // A send skips her, in the dry run and for real.
    Map<String, Object> templates =
        JsonPages.get(client, "/api/templates?audience=STUDENT&variant=NO_QR&language=fr");
    Object templateId = ((List<Map<String, Object>>) templates.get("items")).get(0).get("id");
    Map<String, Object> request =
        Map.of(
            "templateId",
            templateId,
            "audience",
            "STUDENT",
            "output",
            "PDF",
            "selection",
            Map.of("accountIds", List.of(zoeId, lea.get("id"))));
    for (String path : List.of("/api/sends/dry-run", "/api/sends")) {
      String answer =
          client
              .post()
              .uri(path)
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue(request)
              .exchange()
              .expectBody(String.class)
              .returnResult()
              .getResponseBody();
      assertThat(answer).as(path).contains("\"skipped\"");
      if (path.endsWith("dry-run")) {
        assertThat(answer).contains("{\"accountId\":\"" + zoeId + "\",\"reason\":\"LEFT\",");
        assertThat(answer).contains("\"eligible\":1");
      } else {
        assertThat(answer).contains("\"skipped\":1");
      }
    }

    // Zoé comes back the year after.
    ImportReport back =
        send(false, pupils)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(back.updated()).isEqualTo(1);
    assertThat(one(list("q=" + tag), "CŒUR" + tag, "Zoé").get("status")).isEqualTo("ACTIVE");
  }

  @Test
  void importsStsWebTeachersAndStaff() {
    List<Staff> staff =
        List.of(
            new Staff(tag + "11", "2", "BŒUF" + tag, "Claire", "ENS"),
            new Staff(tag + "12", "1", "PRINCIPAL" + tag, "Henri", "DIR"),
            new Staff(tag + "13", "2", "CPE" + tag, "Nadia", "EDU"),
            new Staff(tag + "14", "1", "DOC" + tag, "Paul", "DOC"));
    byte[] file = SchoolExports.staff(UAI, staff);
    ImportReport report =
        send(false, file)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(report.format()).isEqualTo("STS");
    assertThat(report.encoding()).isEqualTo("iso-8859-15");
    assertThat(report.created()).isEqualTo(4);
    List<Map<String, Object>> accounts = list("q=" + tag);
    assertThat(one(accounts, "BŒUF" + tag, "Claire"))
        .containsEntry("kind", "TEACHER")
        .containsEntry("civility", "Mme");
    assertThat(one(accounts, "PRINCIPAL" + tag, "Henri"))
        .containsEntry("kind", "STAFF")
        .containsEntry("civility", "M.");
    assertThat(one(accounts, "DOC" + tag, "Paul")).containsEntry("kind", "STAFF");

    ImportReport next =
        send(false, SchoolExports.staff(UAI, staff.subList(0, 3)))
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(next.unchanged()).isEqualTo(3);
    assertThat(ours(next.leavers()))
        .extracting(ImportReport.Leaver::firstName)
        .containsExactly("Paul");
  }

  @Test
  void importsOndeInEitherEncodingAndDateShape() {
    String header = "Nom élève;Prénom élève;INE;Cycle;Niveau;Libellé classe;Date naissance\r\n";
    byte[] latin1 =
        (header
                + "Bœuf"
                + tag
                + ";Anaïs;"
                + tag
                + "01A;3;CM2;CM2 A;14/03/2015\r\n"
                + "Sans"
                + tag
                + ";Ino;;3;CM2;CM2 A;14/03/2015\r\n")
            .replace("œ", "oe")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ImportReport first =
        send(false, latin1)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(first.format()).isEqualTo("ONDE");
    assertThat(first.encoding()).isEqualTo("windows-1252");
    assertThat(first.created()).isEqualTo(1);
    assertThat(first.warnings())
        .anySatisfy(w -> assertThat(w.text()).contains("Sans" + tag).contains("INE"));

    byte[] utf8 =
        (header + "Bœuf" + tag + ";Anaïs;" + tag + "01A;3;6e;CM2 B;2015-03-14\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ImportReport second =
        send(false, utf8)
            .expectStatus()
            .isOk()
            .expectBody(ImportReport.class)
            .returnResult()
            .getResponseBody();
    assertThat(second.encoding()).isEqualTo("utf-8");
    assertThat(second.updated()).isEqualTo(1);
    assertThat(one(list("q=" + tag), "Bœuf" + tag, "Anaïs").get("className")).isEqualTo("CM2 B");
  }

  @Test
  void refusesAnotherSchoolsBadArchivesAndBombsStoringNothing() {
    byte[] pupils = SchoolExports.pupils("0751235K", firstYearPupils());
    send(false, SchoolExports.zip("ElevesSansAdresses.xml", pupils))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/import-other-school")
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains("0751235K").contains(UAI));

    byte[] ours = SchoolExports.pupils(UAI, firstYearPupils());
    problem(
        SchoolExports.zip(List.of("a.xml", "b.xml"), List.of(ours, ours)),
        "import-unreadable",
        "plusieurs fichiers");
    problem(
        SchoolExports.zip("lisez-moi.txt", new byte[10]), "import-unreadable", "aucun fichier XML");
    problem(
        new String(ours, SchoolExports.ISO_8859_15)
            .replace("</ELEVES>", "")
            .getBytes(SchoolExports.ISO_8859_15),
        "import-unreadable",
        "bien formé");
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE BEE_ELEVES [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
            + "<BEE_ELEVES><PARAMETRES><UAJ>&c;</UAJ></PARAMETRES></BEE_ELEVES>";
    problem(bomb.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import-unreadable", "DTD");
    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE BEE_ELEVES [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
            + "<BEE_ELEVES><PARAMETRES><UAJ>&x;</UAJ></PARAMETRES></BEE_ELEVES>";
    problem(external.getBytes(java.nio.charset.StandardCharsets.UTF_8), "import-unreadable", "DTD");
    byte[] zeros = new byte[ImportArchive.MAX_UNPACKED_BYTES + 1024];
    System.arraycopy("<BEE_ELEVES>".getBytes(), 0, zeros, 0, 12);
    byte[] zipBomb = SchoolExports.zip("ElevesSansAdresses.xml", zeros);
    assertThat(zipBomb.length).isLessThan(200_000);
    problem(zipBomb, "payload-too-large", "une fois décompressé");
    assertThat(list("q=" + tag)).isEmpty();
  }

  /** Tests share a database: only this test's leavers, whose names carry its tag. */
  private List<ImportReport.Leaver> ours(List<ImportReport.Leaver> leavers) {
    return leavers.stream().filter(l -> l.lastName().contains(tag)).toList();
  }

  private void problem(byte[] file, String type, String detail) {
    send(false, file)
        .expectStatus()
        .value(status -> assertThat(status).isIn(413, 422))
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/" + type)
        .jsonPath("$.detail")
        .value(d -> assertThat(d.toString()).contains(detail));
  }

  private static Map<String, Object> one(
      List<Map<String, Object>> accounts, String lastName, String firstName) {
    List<Map<String, Object>> found =
        accounts.stream()
            .filter(a -> lastName.equals(a.get("lastName")) && firstName.equals(a.get("firstName")))
            .toList();
    assertThat(found).as(firstName + " " + lastName).hasSize(1);
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> list(String query) {
    return (List<Map<String, Object>>)
        JsonPages.get(client, "/api/accounts?size=100&" + query).get("items");
  }

  private WebTestClient.ResponseSpec send(boolean dryRun, byte[]... files) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    int n = 0;
    for (byte[] file : files) {
      body.part("file", new ByteArrayResource(file))
          .filename("export" + (++n) + ".zip")
          .contentType(MediaType.APPLICATION_OCTET_STREAM);
    }
    return client
        .post()
        .uri("/api/accounts/import?dryRun=" + dryRun)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }
}
