package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The merged PDF: valid, in order, every QR code readable, shared resources written once. */
class MergedLettersTest {

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
  void everyPageCarriesItsOwnLetterAndTheFilePassesQpdf(@TempDir Path dir) throws Exception {
    int count = 30; // chunks of 2, 4, 8, 16: every boundary is crossed
    String logo = logoDataUri();
    byte[] pdf = join(merged.stream("fr", SampleLetters.letters(count, logo)));

    Path file = dir.resolve("letters.pdf");
    Files.write(file, pdf);
    Process qpdf = qpdfCheck(file);
    String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(qpdf.waitFor()).as(report).isZero();
    assertThat(report).contains("No syntax or stream encoding errors").doesNotContain("WARNING");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(count);
      PDFRenderer pages = new PDFRenderer(document);
      PDFTextStripper text = new PDFTextStripper();
      for (int page = 0; page < count; page++) {
        assertThat(QrDecoding.decode(pages.renderImageWithDPI(page, 200)))
            .as("QR code of page %d", page + 1)
            .isEqualTo(SampleLetters.link(page));
        text.setStartPage(page + 1);
        text.setEndPage(page + 1);
        assertThat(text.getText(document))
            .contains(SampleLetters.login(page), SampleLetters.securityCode(page));
      }
    }

    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    // Regular and bold faces, embedded whole once, not once per chunk or per letter.
    assertThat(occurrences(raw, "/FontFile2")).isEqualTo(2);
    // The logo once; QR codes are vector squares, a form of its own per letter, not images.
    assertThat(occurrences(raw, "/Subtype/Image")).isEqualTo(1);
    assertThat(occurrences(raw, "/Subtype/Form")).isEqualTo(count);
  }

  @Test
  void aSlowReaderHoldsRenderingBack() {
    AtomicInteger built = new AtomicInteger();
    Flux<Supplier<String>> letters =
        Flux.range(0, 10_000)
            .map(
                i ->
                    () -> {
                      built.incrementAndGet();
                      return SampleLetters.letter(i, null);
                    });

    StepVerifier.create(merged.stream("fr", letters), 3) // the header and two chunks
        .expectNextCount(3)
        .then(() -> sleep(Duration.ofSeconds(2)))
        .then(
            // Without demand, at most the chunks in flight are rendered, never all 10,000.
            () -> assertThat(built.get()).isBetween(6, 2 + 4 + 8 + 16 + 16 + 16))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void theSameLettersGiveTheSameFile() {
    byte[] first = join(merged.stream("fr", SampleLetters.letters(5, null)));
    byte[] second = join(merged.stream("fr", SampleLetters.letters(5, null)));
    assertThat(second).isEqualTo(first);
  }

  static Process qpdfCheck(Path file) throws IOException {
    try {
      return new ProcessBuilder("qpdf", "--check", file.toString())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new IOException("qpdf is needed to check PDFs (apt-get install qpdf; .ci/run does)", e);
    }
  }

  static byte[] join(Flux<DataBuffer> buffers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    buffers
        .doOnNext(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              out.writeBytes(bytes);
              DataBufferUtils.release(buffer);
            })
        .blockLast(Duration.ofMinutes(2));
    return out.toByteArray();
  }

  private static int occurrences(String text, String needle) {
    return (int) Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
  }

  private static String logoDataUri() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    var graphics = image.createGraphics();
    graphics.setColor(new Color(0x1d4e89));
    graphics.fillRect(0, 0, 40, 20);
    graphics.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
