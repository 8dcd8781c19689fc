package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Even HTML that slipped past the template sanitiser cannot make the renderer fetch anything: a
 * loopback server sees no request, a local file is not read, entities are not expanded.
 */
class RendererFetchesNothingTest {

  @TempDir Path dir;
  HttpServer server;
  final AtomicInteger requests = new AtomicInteger();
  String base;

  @BeforeEach
  void listen() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<img src=\"%s/image.png\" />",
        "<link rel=\"stylesheet\" href=\"%s/style.css\" />",
        "<style>@import url('%s/imported.css');</style>",
        "<div style=\"background-image: url('%s/background.png')\">x</div>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"%s/svg.png\" width=\"10\" height=\"10\"/></svg>",
        "<object data=\"%s/object.pdf\" type=\"application/pdf\"></object>",
        "<img src=\"%s/redirect\" /><img src=\"https://127.0.0.1:1/tls.png\" />",
      })
  void noNetworkRequest(String fragment) throws IOException {
    byte[] pdf = LetterRenderer.renderPdf(document(fragment.formatted(base)));
    assertThat(requests.get()).isZero();
    assertThat(imagesIn(pdf)).isZero();
  }

  @Test
  void noLocalFileOrClasspathOrJarRead() throws IOException {
    Path secret = dir.resolve("secret.png");
    Files.write(secret, Files.readAllBytes(Path.of("src/test/resources/letters/pixel.png")));
    for (String uri :
        List.of(
            secret.toUri().toString(),
            "jar:" + secret.toUri() + "!/x.png",
            "classpath:/letters/letter.css",
            "ftp://127.0.0.1/x.png")) {
      byte[] pdf = LetterRenderer.renderPdf(document("<img src=\"" + uri + "\" />"));
      assertThat(imagesIn(pdf)).as(uri).isZero();
    }
  }

  @Test
  void noEntityExpanded() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String html =
        "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY leak SYSTEM \""
            + secret.toUri()
            + "\">]><html><body><p>&leak;</p></body></html>";
    byte[] pdf = LetterRenderer.renderPdf(html);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).doesNotContain("TOP-SECRET");
    }
  }

  @Test
  void dataImagesPutThereBySesameDoRender() throws IOException {
    byte[] pdf =
        LetterRenderer.renderPdf(
            document(
                "<img src=\"data:image/png;base64,"
                    + java.util.Base64.getEncoder().encodeToString(QrCodes.png("x"))
                    + "\" />"));
    assertThat(imagesIn(pdf)).isEqualTo(1);
  }

  private static String document(String body) {
    return LetterDocument.of("fr", List.of(body));
  }

  private static int imagesIn(byte[] pdf) throws IOException {
    int images = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
    }
    return images;
  }
}
