package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The letter e-mailed on its own (and reprinted at the front desk) is a tagged PDF/UA-1 document a
 * screen reader can read, as veraPDF checks it; its QR code still reads as the world reads it.
 */
class EmailedLetterIsAccessibleTest {

  @Test
  void aSingleLetterPassesPdfUa1AndItsQrCodeReads(@TempDir Path dir) throws Exception {
    String html = LetterDocument.of("fr", "Vos identifiants de connexion", List.of(body()));
    byte[] pdf = LetterRenderer.renderAccessiblePdf(html);

    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      String failures =
          result.getTestAssertions().stream()
              .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
              .map(assertion -> assertion.getRuleId() + " " + assertion.getMessage())
              .distinct()
              .collect(Collectors.joining("\n"));
      assertThat(result.isCompliant()).as(failures).isTrue();
    }

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Vos identifiants de connexion");
      assertThat(document.getDocumentInformation().getSubject()).startsWith("Lettre de connexion");
      List<String> figures = new ArrayList<>();
      figures(document.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
      assertThat(figures)
          .as("the QR code is a figure whose alternative text gives the typed path")
          .anySatisfy(
              alt ->
                  assertThat(alt)
                      .contains(
                          "https://sesame.college-jean-moulin.fr/activate",
                          SampleLetters.login(0),
                          "K7QM 3XPT"));
    }

    Path file = dir.resolve("letter.pdf");
    Files.write(file, pdf);
    LettersAsTheWorldReadsThemTest.requireTools();
    assertThat(LettersAsTheWorldReadsThemTest.decodedAt100Dpi(file, dir))
        .isEqualTo(SampleLetters.link(0));
    assertThat(LettersAsTheWorldReadsThemTest.decodedFromDegradedCopy(file, dir))
        .isEqualTo(SampleLetters.link(0));
    LettersAsTheWorldReadsThemTest.noLongRandomString(
        "e-mailed letter", ExternalTools.run("pdftotext", file.toString(), "-"));
    System.out.printf("E-mailed letter (PDF/UA-1): %,d bytes%n", pdf.length);
  }

  /**
   * The fonts a rendering thread keeps for letters on their own are written into each document:
   * after other documents on the same thread (which numbered their objects otherwise), every letter
   * still embeds its fonts with their Unicode map.
   */
  @Test
  void everyLetterOfAThreadEmbedsItsFonts() throws Exception {
    for (int i = 0; i < 6; i++) {
      String body = SampleLetters.letter(i, null) + "<p>" + "Suite. ".repeat(i * 40) + "</p>";
      LetterRenderer.renderPdf(LetterDocument.of("fr", List.of(body)));
      byte[] pdf =
          LetterRenderer.renderAccessiblePdf(LetterDocument.of("fr", "Lettre", List.of(body)));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        PDResources resources = document.getPage(0).getResources();
        List<String> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName());
          assertThat(font.isEmbedded()).as("letter %d, %s embedded", i, font.getName()).isTrue();
          assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE))
              .as("letter %d, %s maps to Unicode", i, font.getName())
              .isTrue();
        }
        assertThat(fonts).as("letter %d", i).isNotEmpty();
      }
    }
  }

  /** What tagging costs a letter: measured, for the record; merged print runs stay untagged. */
  @Test
  void taggingCostIsMeasured() {
    String html = LetterDocument.of("fr", "Vos identifiants de connexion", List.of(body()));
    for (int i = 0; i < 5; i++) { // warm up both paths
      LetterRenderer.renderPdf(html);
      LetterRenderer.renderAccessiblePdf(html);
    }
    int rounds = 20;
    long plain = System.nanoTime();
    int plainBytes = 0;
    for (int i = 0; i < rounds; i++) {
      plainBytes = LetterRenderer.renderPdf(html).length;
    }
    plain = System.nanoTime() - plain;
    long tagged = System.nanoTime();
    int taggedBytes = 0;
    for (int i = 0; i < rounds; i++) {
      taggedBytes = LetterRenderer.renderAccessiblePdf(html).length;
    }
    tagged = System.nanoTime() - tagged;
    assertThat(taggedBytes).isGreaterThan(plainBytes);
    System.out.printf(
        "One letter: untagged %.1f ms, %,d bytes; tagged PDF/UA %.1f ms, %,d bytes%n",
        plain / 1e6 / rounds, plainBytes, tagged / 1e6 / rounds, taggedBytes);
  }

  private static void figures(List<Object> kids, List<String> alternatives) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStructureType())) {
          alternatives.add(String.valueOf(element.getAlternateDescription()));
        }
        figures(element.getKids(), alternatives);
      }
    }
  }

  private static String body() {
    return SampleLetters.letter(0, null);
  }
}
