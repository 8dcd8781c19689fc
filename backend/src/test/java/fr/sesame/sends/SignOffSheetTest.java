package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The sign-off sheet of letters handed out in class, read back with Poppler's pdftotext: every
 * pupil under their class, classes and names in order, no code or token anywhere; the letters' PDF
 * comes in the same order.
 */
@ApplicationTest
class SignOffSheetTest {

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  @TempDir Path dir;

  @Test
  void theSheetNamesEveryPupilPerClassInTheLettersOrderAndNoSecret() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    String tag = "Emarg" + UUID.randomUUID().toString().substring(0, 5);
    String classA = tag + "-4A";
    String classB = tag + "-3B";
    // Created out of order on purpose: the sheet sorts class, then name.
    List<UUID> pupils = new ArrayList<>();
    pupils.add(pupil(client, "Zoé", "Martin", classA));
    pupils.add(pupil(client, "Élodie", "Bernard", classA));
    pupils.add(pupil(client, "Hugo", "Durand", classB));
    pupils.add(pupil(client, "Adam", "Écuyer", classB));
    pupils.add(pupil(client, "Lina", "Caron", classA));
    String template = ApiFixtures.templateId(client, "STUDENT", "NO_QR");
    String send =
        ApiFixtures.send(
            client,
            Map.of(
                "templateId",
                template,
                "audience",
                "STUDENT",
                "output",
                "PDF",
                "selection",
                Map.of("accountIds", pupils)));
    String id = JsonPath.read(send, "$.id");

    long start = System.nanoTime();
    byte[] sheet = CampaignFollowUpTest.pdf(client, "/api/sends/" + id + "/sign-off-sheet");
    double ms = (System.nanoTime() - start) / 1e6;
    String text = pdftotext(sheet);
    assertThat(text).contains("Feuille d'émargement", "Signature", "Fait le");
    // 3B before 4A; in each, names alphabetically (É sorts with E).
    List<String> expected =
        List.of(
            "Classe " + classB,
            "DURAND Hugo",
            "ÉCUYER Adam",
            "Classe " + classA,
            "BERNARD Élodie",
            "CARON Lina",
            "MARTIN Zoé");
    int at = -1;
    for (String line : expected) {
      int found = text.indexOf(line, at + 1);
      assertThat(found).as(line + " after the previous one").isGreaterThan(at);
      at = found;
    }
    try (PDDocument document = Loader.loadPDF(sheet)) {
      assertThat(document.getNumberOfPages()).as("a page per class").isEqualTo(2);
    }
    List<String> logins = new ArrayList<>();
    for (UUID pupil : List.of(pupils.get(2), pupils.get(3), pupils.get(1), pupils.get(4))) {
      logins.add(login(pupil));
    }
    logins.add(login(pupils.get(0)));
    for (String login : logins) {
      assertThat(text).contains(login);
    }
    for (UUID pupil : pupils) {
      UUID credential = credential(pupil);
      assertThat(text)
          .doesNotContain(secrets.activationCode(credential))
          .doesNotContain(secrets.securityCode(credential))
          .doesNotContain(secrets.token(credential));
    }

    // The letters' PDF: one page per pupil, in the sheet's order.
    byte[] letters = CampaignFollowUpTest.pdf(client, "/api/sends/" + id + "/document");
    try (PDDocument document = Loader.loadPDF(letters)) {
      assertThat(document.getNumberOfPages()).isEqualTo(5);
      for (int page = 0; page < 5; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        assertThat(stripper.getText(document)).as("page " + (page + 1)).contains(logins.get(page));
      }
    }
    System.out.printf("Sign-off sheet: %d bytes, %.0f ms, 2 classes, 5 pupils%n", sheet.length, ms);
  }

  private String pdftotext(byte[] pdf) throws Exception {
    Path file = dir.resolve("sheet.pdf");
    Files.write(file, pdf);
    Process process =
        new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).isZero();
    return text;
  }

  private String login(UUID account) {
    return db.sql("select login from account where id = :id")
        .bind("id", account)
        .map(row -> row.get("login", String.class))
        .one()
        .block();
  }

  private UUID credential(UUID account) {
    return db.sql("select id from credential where account_id = :id and state = 'ISSUED'")
        .bind("id", account)
        .map(row -> row.get("id", UUID.class))
        .one()
        .block();
  }

  private static UUID pupil(WebTestClient client, String first, String last, String className) {
    return ApiFixtures.account(
        client,
        Map.of("kind", "STUDENT", "firstName", first, "lastName", last, "className", className));
  }
}
