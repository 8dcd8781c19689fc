package fr.sesame.templates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.letters.LetterVariant;
import fr.sesame.letters.Letters;
import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every shipped original renders to an A4 page a phone can use: its QR code decodes to the
 * (specimen) activation link, its French or English text keeps every accent, and it says « spécimen
 * » so nobody mistakes a preview for a letter.
 */
@ApplicationTest
class OriginalsRenderTest {

  @Autowired WebTestClient webTestClient;

  @Test
  void everyOriginalRendersWithAReadableQrCodeOrAnActivationCode() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Collège Jean Moulin", "publicUrl", "https://sesame.college.fr"))
        .exchange()
        .expectStatus()
        .isOk();
    List<Template> originals =
        client
            .get()
            .uri("/api/templates")
            .exchange()
            .expectBody(new ParameterizedTypeReference<TemplatesJourneyTest.TemplatePageView>() {})
            .returnResult()
            .getResponseBody()
            .items()
            .stream()
            .filter(Template::original)
            .toList();
    assertThat(originals).hasSize(20);

    for (Template original : originals) {
      long start = System.nanoTime();
      byte[] pdf =
          client
              .post()
              .uri("/api/templates/" + original.id() + "/preview")
              .accept(MediaType.APPLICATION_PDF)
              .contentType(MediaType.APPLICATION_JSON)
              .bodyValue(Map.of())
              .exchange()
              .expectStatus()
              .isOk()
              .expectHeader()
              .contentType(MediaType.APPLICATION_PDF)
              .expectBody(byte[].class)
              .returnResult()
              .getResponseBody();
      long millis = (System.nanoTime() - start) / 1_000_000;
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(document.getNumberOfPages()).as(original.name()).isEqualTo(1);
        assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
        String text = new PDFTextStripper().getText(document);
        assertThat(text)
            .as(original.name())
            .contains("Collège Jean Moulin")
            .contains(original.language().equals("fr") ? "SPÉCIMEN" : "SPECIMEN");
        String decoded = QrDecoding.decode(new PDFRenderer(document).renderImageWithDPI(0, 200));
        if (original.variant() == LetterVariant.QR) {
          assertThat(decoded)
              .as(original.name() + " QR code")
              .isEqualTo("https://sesame.college.fr/activate#" + Letters.SPECIMEN_TOKEN);
        } else {
          assertThat(decoded).as(original.name() + " has no QR code").isNull();
          assertThat(text.replaceAll("\\s", "")).contains("https://sesame.college.fr/activate");
        }
        if (original.language().equals("fr")) {
          assertThat(text).contains("Identifiant", "é", "’");
        }
      }
      System.out.printf(
          "Preview PDF of « %s »: %d ms, %,d bytes%n", original.name(), millis, pdf.length);
    }

    Template first = originals.get(0);
    byte[] png =
        client
            .post()
            .uri("/api/templates/" + first.id() + "/preview")
            .accept(MediaType.IMAGE_PNG)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("body", "<p>Bonjour {{first_name}}</p>"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType(MediaType.IMAGE_PNG)
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isBetween(900, 920);
  }
}
