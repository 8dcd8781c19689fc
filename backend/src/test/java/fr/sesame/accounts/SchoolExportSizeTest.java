package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.accounts.SchoolExports.Guardian;
import fr.sesame.accounts.SchoolExports.Link;
import fr.sesame.accounts.SchoolExports.Pupil;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A 3,000-pupil lycée's SIECLE exports, with two guardians per family at separate addresses, import
 * in one request; prints how long the dry run, the import and next year's update took.
 */
@ApplicationTest
class SchoolExportSizeTest {

  static final int PUPILS = 3_000;

  @Autowired WebTestClient webTestClient;

  @Test
  void importsALyceesExportsInOneGo() {
    WebTestClient client =
        SignedIn.admin(webTestClient).mutate().responseTimeout(Duration.ofMinutes(3)).build();
    String tag = "z" + UUID.randomUUID().toString().substring(0, 6);
    client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Lycée Test", "uai", SchoolExportImportJourneyTest.UAI))
        .exchange()
        .expectStatus()
        .isOk();
    List<Pupil> pupils = new ArrayList<>();
    List<Guardian> guardians = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < PUPILS; i++) {
      // 1,000 families of two siblings, 1,000 of one child: 2,000 families, 4,000 guardians.
      int familyNumber = i < 2_000 ? i / 2 : i - 1_000;
      boolean firstChild = i >= 2_000 || i % 2 == 0;
      String family = tag + "F" + familyNumber;
      pupils.add(new Pupil(tag + i, "NŒL" + tag, null, "Élève" + i, "C" + (i % 90), null, null));
      if (firstChild) {
        guardians.add(
            new Guardian(
                family + "M",
                "MME",
                "NŒL" + tag,
                null,
                "Mère" + i,
                "m" + i + "@example.fr",
                i + " rue A",
                "75011",
                "PARIS"));
        guardians.add(
            new Guardian(
                family + "P",
                "M.",
                "NŒL" + tag,
                null,
                "Père" + i,
                null,
                i + " rue B",
                "69006",
                "LYON"));
      }
      links.add(new Link(tag + i, family + "M", 1));
      links.add(new Link(tag + i, family + "P", 2));
      links.add(new Link(tag + i, tag + "GRANDMA" + familyNumber, 0));
    }
    byte[] pupilsXml = SchoolExports.pupils(SchoolExportImportJourneyTest.UAI, pupils);
    byte[] guardiansXml =
        SchoolExports.guardians(SchoolExportImportJourneyTest.UAI, guardians, links);
    byte[] pupilsZip = SchoolExports.zip("ElevesSansAdresses.xml", pupilsXml);
    byte[] guardiansZip = SchoolExports.zip("ResponsablesAvecAdresses.xml", guardiansXml);

    long start = System.nanoTime();
    ImportReport dryRun = send(client, true, pupilsZip, guardiansZip);
    long dryRunMillis = millisSince(start);
    start = System.nanoTime();
    ImportReport applied = send(client, false, pupilsZip, guardiansZip);
    long importMillis = millisSince(start);
    start = System.nanoTime();
    ImportReport again = send(client, true, pupilsZip, guardiansZip);
    long againMillis = millisSince(start);

    List<Pupil> nextYear = new ArrayList<>(pupils.subList(1, PUPILS));
    nextYear.add(new Pupil(tag + "new", "NOUVEAU" + tag, null, "Léa", "C1", null, null));
    byte[] nextZip =
        SchoolExports.zip(
            "ElevesSansAdresses.xml",
            SchoolExports.pupils(SchoolExportImportJourneyTest.UAI, nextYear));
    start = System.nanoTime();
    ImportReport next = send(client, false, nextZip, guardiansZip);
    long nextMillis = millisSince(start);

    System.out.printf(
        "SIECLE import of %,d pupils and %,d guardians (XML %,d + %,d bytes, zipped %,d + %,d):"
            + " dry run %,d ms, import %,d ms, same export again (dry run) %,d ms,"
            + " next year's update %,d ms%n",
        PUPILS,
        guardians.size(),
        pupilsXml.length,
        guardiansXml.length,
        pupilsZip.length,
        guardiansZip.length,
        dryRunMillis,
        importMillis,
        againMillis,
        nextMillis);

    int accounts = PUPILS + guardians.size();
    assertThat(dryRun.created()).isEqualTo(accounts);
    assertThat(applied.created()).isEqualTo(accounts);
    assertThat(again.unchanged()).isEqualTo(accounts);
    assertThat(next.created()).isEqualTo(1);
    assertThat(next.leavers().stream().filter(l -> l.lastName().contains(tag)))
        .extracting(ImportReport.Leaver::firstName)
        .containsExactly("Élève0");
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static ImportReport send(WebTestClient client, boolean dryRun, byte[]... files) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    for (byte[] file : files) {
      body.part("file", new ByteArrayResource(file))
          .filename("export.zip")
          .contentType(MediaType.APPLICATION_OCTET_STREAM);
    }
    return client
        .post()
        .uri("/api/accounts/import?dryRun=" + dryRun)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(ImportReport.class)
        .returnResult()
        .getResponseBody();
  }
}
