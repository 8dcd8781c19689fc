package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.EncodeHintType;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountKind;
import fr.sesame.identity.Identity;
import fr.sesame.templates.ShippedOriginals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters read as the world reads them: QR codes decoded by zbar from a coarse 100 dpi raster and
 * from a blurred, noisy, heavily compressed copy; text extracted by pdftotext; every shipped
 * original with whatever data is missing.
 */
class LettersAsTheWorldReadsThemTest {

  /** A public URL of 40 characters, the length the QR code's version is sized for. */
  static final String PUBLIC_URL = "https://sesame.clg-jean-moulin-paris.fr/";

  static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz012-_9";

  static LetterRenderer renderer;
  static MergedLetters merged;

  @BeforeAll
  static void start() {
    renderer = new LetterRenderer();
    merged = new MergedLetters(renderer);
  }

  @AfterAll
  static void stop() {
    renderer.stop();
  }

  @Test
  void aFortyCharacterUrlWithItsTokenMakesAVersionFiveCodeWithoutEci() throws Exception {
    String link = PUBLIC_URL + "activate#" + TOKEN;
    assertThat(PUBLIC_URL).hasSize(40);
    var code =
        Encoder.encode(link, ErrorCorrectionLevel.M, Map.of(EncodeHintType.ERROR_CORRECTION, "M"));
    int version = code.getVersion().getVersionNumber();
    assertThat(version).isLessThanOrEqualTo(5);
    // What the letters draw has the same size: no ECI segment, 4 modules of quiet zone.
    int modules = QrCodes.encode(link).getWidth();
    assertThat(modules).isEqualTo(17 + 4 * version + 8);
    System.out.printf(
        "QR code of a 40-character URL: version %d, %d modules with the quiet zone, %.2f mm each"
            + " at 32 mm%n",
        version, modules, 32.0 / modules);
  }

  @Test
  void everyOriginalReadsWellWithNoChildNoAddressNoLogoNoClass(@TempDir Path dir) throws Exception {
    requireTools();
    Identity sparse = new Identity("Collège Jean Moulin", null, null, PUBLIC_URL, null, null);
    for (ShippedOriginals.Original original : ShippedOriginals.all()) {
      Account alone =
          new Account(
              null,
              original.audience(),
              null,
              "Dupré",
              "Hélène",
              "helene.dupre",
              null,
              null,
              List.of(),
              List.of(),
              null,
              null,
              null,
              null);
      String link = PUBLIC_URL + "activate#" + TOKEN;
      boolean qr = original.variant() == LetterVariant.QR;
      String body =
          LetterValues.merge(
              original.body(),
              LetterValues.of(
                  sparse,
                  PUBLIC_URL,
                  null,
                  alone,
                  LetterValues.childrenText(List.of(), original.language()),
                  original.language(),
                  Instant.parse("2026-09-01T08:00:00Z"),
                  new LetterValues.Secrets(
                      qr ? link : null,
                      qr ? "482913" : null,
                      "K7QM3XPT2D9F",
                      Instant.parse("2026-10-01T08:00:00Z"))));
      Path pdf = dir.resolve(original.key() + ".pdf");
      Files.write(
          pdf, LetterRenderer.renderPdf(LetterDocument.of(original.language(), List.of(body))));

      String text = ExternalTools.run("pdftotext", "-layout", pdf.toString(), "-");
      String flat = text.replaceAll("\\s+", " ");
      assertThat(flat)
          .as(original.key())
          .contains("Hélène Dupré", "helene.dupre", "K7QM 3XPT 2D9F", PUBLIC_URL + "activate")
          .doesNotContain(
              "null", "()", " .", " ,", ": .", ":.", ", .", "scolarité de :", "schooling of:")
          .doesNotContainPattern("(?i)\\b(de|of)\\s*\\.");
      if (original.audience() == AccountKind.PARENT) {
        assertThat(flat)
            .contains(original.language().equals("fr") ? "vos enfants" : "your children");
      }
      noLongRandomString(original.key(), text);
      if (qr) {
        assertThat(decodedAt100Dpi(pdf, dir)).as(original.key() + " at 100 dpi").isEqualTo(link);
        assertThat(decodedFromDegradedCopy(pdf, dir))
            .as(original.key() + ", blurred, noisy, JPEG")
            .isEqualTo(link);
      }
    }
  }

  @Test
  void aMergedPageDecodesCoarseAndDegraded(@TempDir Path dir) throws Exception {
    requireTools();
    byte[] pdf = MergedLettersTest.join(merged.stream("fr", SampleLetters.letters(3, null)));
    Path file = dir.resolve("merged.pdf");
    Files.write(file, pdf);
    for (int page = 1; page <= 3; page++) {
      Path one = dir.resolve("page" + page + ".pdf");
      ExternalTools.run(
          "pdfseparate", "-f", "" + page, "-l", "" + page, file.toString(), one.toString());
      String link = SampleLetters.link(page - 1);
      assertThat(decodedAt100Dpi(one, dir)).as("page %d at 100 dpi", page).isEqualTo(link);
      assertThat(decodedFromDegradedCopy(one, dir)).as("page %d degraded", page).isEqualTo(link);
      noLongRandomString("page " + page, ExternalTools.run("pdftotext", one.toString(), "-"));
    }
  }

  static void requireTools() {
    ExternalTools.require("pdftoppm", "poppler-utils");
    ExternalTools.require("pdftotext", "poppler-utils");
    ExternalTools.require("convert", "imagemagick");
    ExternalTools.require("zbarimg", "zbar-tools");
  }

  static String decodedAt100Dpi(Path pdf, Path dir) throws Exception {
    Path png = raster(pdf, dir, 100);
    return zbar(png);
  }

  /**
   * A cheap scan's worth of damage: a 200 dpi raster blurred (σ 0.15 mm), Gaussian noise, then a
   * JPEG at quality 10. The noise is seeded, so a failure can be reproduced.
   */
  static String decodedFromDegradedCopy(Path pdf, Path dir) throws Exception {
    Path png = raster(pdf, dir, 200);
    Path jpeg = dir.resolve("degraded.jpg");
    ExternalTools.run(
        "convert",
        "-seed",
        "7",
        png.toString(),
        "-blur",
        "0x1.2",
        "-attenuate",
        "0.5",
        "+noise",
        "Gaussian",
        "-quality",
        "10",
        jpeg.toString());
    return zbar(jpeg);
  }

  private static Path raster(Path pdf, Path dir, int dpi) throws Exception {
    Path prefix = dir.resolve("raster");
    ExternalTools.run(
        "pdftoppm",
        "-r",
        "" + dpi,
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        "-png",
        pdf.toString(),
        prefix.toString());
    return dir.resolve("raster.png");
  }

  private static String zbar(Path image) throws Exception {
    String out = ExternalTools.output("zbarimg", "--quiet", "--raw", image.toString()).strip();
    return out.isEmpty() ? null : out;
  }

  /**
   * Nothing a reader would have to type is a random string of more than 20 characters: a run of
   * letters, digits, {@code -} and {@code _} mixing cases or digits with letters (a host name such
   * as {@code clg-jean-moulin-paris} is words, not a token).
   */
  static void noLongRandomString(String what, String text) {
    Matcher run = Pattern.compile("[A-Za-z0-9_-]{21,}").matcher(text);
    while (run.find()) {
      String found = run.group();
      boolean mixed =
          found.chars().anyMatch(Character::isUpperCase)
                  && found.chars().anyMatch(Character::isLowerCase)
              || found.chars().anyMatch(Character::isDigit)
                  && found.chars().anyMatch(Character::isLetter);
      assertThat(mixed).as(what + " prints « " + found + " »").isFalse();
    }
  }
}
