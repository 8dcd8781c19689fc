package fr.sesame.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A {@code PRINT} send to a real CUPS queue whose driver, CUPS-PDF, writes each job to a file: the
 * job completes, the send is done, and the printed file holds every letter. {@code
 * .ci/cups-pdf-printer} sets the queue up; without CUPS the test is skipped, except in CI.
 */
@ApplicationTest
@TestPropertySource(properties = "sesame.printer.uri=" + PrintSendTest.QUEUE)
class PrintSendTest {

  static final String QUEUE = "ipp://localhost:631/printers/Sesame-PDF";
  // Where CUPS-PDF puts the jobs of users unknown to the system, such as "sesame".
  static final Path PRINTED =
      Path.of(System.getenv().getOrDefault("CUPS_PDF_DIR", "/var/spool/cups-pdf/ANONYMOUS"));

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;
  @Autowired IppPrinter printer;

  @BeforeAll
  static void cupsListens() {
    boolean listening;
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", 631), 1_000);
      listening = true;
    } catch (IOException e) {
      listening = false;
    }
    if (System.getenv("CI") != null) {
      assertThat(listening).as("CUPS on localhost:631 (see .ci/cups-pdf-printer)").isTrue();
    }
    assumeTrue(listening, "CUPS is not running here: run .ci/cups-pdf-printer to try printing");
  }

  @Test
  void lettersArePrintedAsOneJobFollowedToTheEnd() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    String tag = "Imp" + UUID.randomUUID().toString().substring(0, 6);
    List<UUID> teachers =
        Stream.of("Anne", "Bruno", "Claire")
            .map(
                name ->
                    ApiFixtures.account(
                        client, Map.of("kind", "TEACHER", "lastName", tag, "firstName", name)))
            .toList();

    String printer = ApiFixtures.getJson(client, "/api/printer");
    assertThat((Boolean) JsonPath.read(printer, "$.configured")).isTrue();
    assertThat((String) JsonPath.read(printer, "$.name")).isEqualTo("Sesame-PDF");
    assertThat((String) JsonPath.read(printer, "$.state")).isIn("IDLE", "PROCESSING");

    Map<String, Object> request = new HashMap<>();
    request.put("templateId", ApiFixtures.templateId(client, "TEACHER", "QR"));
    request.put("audience", "TEACHER");
    request.put("output", "PRINT");
    request.put("selection", Map.of("accountIds", teachers));
    String dryRun = ApiFixtures.postJson(client, "/api/sends/dry-run", request);
    assertThat((List<String>) JsonPath.read(dryRun, "$.problems[*].code")).isEmpty();
    assertThat((List<String>) JsonPath.read(dryRun, "$.warnings[*].code"))
        .doesNotContain("PRINT_IN_BROWSER");

    String send = ApiFixtures.send(client, request);
    String id = JsonPath.read(send, "$.id");
    assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("RUNNING");
    assertThat((String) JsonPath.read(send, "$.printJob.state")).isEqualTo("SUBMITTING");

    for (int tick = 0; tick < 240 && JsonPath.read(send, "$.state").equals("RUNNING"); tick++) {
      Thread.sleep(250);
      clock.advance(Duration.ofSeconds(1)); // the queue asks the printer again every 2 s
      send = ApiFixtures.getJson(client, "/api/sends/" + id);
    }
    assertThat((String) JsonPath.read(send, "$.state")).as(send).isEqualTo("DONE");
    assertThat((String) JsonPath.read(send, "$.printJob.state")).isEqualTo("COMPLETED");
    assertThat((Integer) JsonPath.read(send, "$.done")).isEqualTo(3);
    int jobId = JsonPath.read(send, "$.printJob.jobId");
    assertThat(
            (List<String>)
                JsonPath.read(
                    ApiFixtures.getJson(client, "/api/sends/" + id + "/recipients"),
                    "$.items[*].state"))
        .containsOnly("DELIVERED");

    Path printed = printedFile(jobId);
    try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(printed))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(3);
      // The printed file's text is re-encoded by Ghostscript; the QR codes are what must survive.
      PDFRenderer pages = new PDFRenderer(pdf);
      List<String> links = new java.util.ArrayList<>();
      for (int page = 0; page < 3; page++) {
        links.add(QrDecoding.decode(pages.renderImageWithDPI(page, 200)));
      }
      assertThat(links)
          .doesNotHaveDuplicates()
          .allSatisfy(link -> assertThat(link).startsWith("https://sesame.college.fr/activate#"));
    }
  }

  @Test
  void cancellingTheSendCancelsItsJobAtThePrinter() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    UUID teacher =
        ApiFixtures.account(
            client, Map.of("kind", "TEACHER", "lastName", "Annule", "firstName", "Agnès"));
    // A stopped printer keeps its jobs waiting, as one out of paper would.
    cups("cupsdisable", "Sesame-PDF");
    try {
      assertThat((String) JsonPath.read(ApiFixtures.getJson(client, "/api/printer"), "$.state"))
          .isEqualTo("STOPPED");
      Map<String, Object> request = new HashMap<>();
      request.put("templateId", ApiFixtures.templateId(client, "TEACHER", "QR"));
      request.put("audience", "TEACHER");
      request.put("output", "PRINT");
      request.put("selection", Map.of("accountIds", List.of(teacher)));
      String id = JsonPath.read(ApiFixtures.send(client, request), "$.id");
      String send = ApiFixtures.getJson(client, "/api/sends/" + id);
      for (int tick = 0; tick < 120 && JsonPath.read(send, "$.printJob.jobId") == null; tick++) {
        Thread.sleep(250);
        send = ApiFixtures.getJson(client, "/api/sends/" + id);
      }
      int jobId = JsonPath.read(send, "$.printJob.jobId");

      String cancelled = ApiFixtures.postJson(client, "/api/sends/" + id + "/cancel", Map.of());
      assertThat((String) JsonPath.read(cancelled, "$.state")).isEqualTo("CANCELLED");
      assertThat((String) JsonPath.read(cancelled, "$.printJob.state")).isEqualTo("CANCELED");
      assertThat(printer.job(jobId).block().state()).isEqualTo("CANCELED");
    } finally {
      cups("cupsenable", "Sesame-PDF");
    }
  }

  private static void cups(String... command) throws Exception {
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  /** CUPS-PDF names its files after the job's title, ending in {@code job_<id>.pdf}. */
  private static Path printedFile(int jobId) throws Exception {
    for (int tick = 0; tick < 40; tick++) {
      try (Stream<Path> files = Files.list(PRINTED)) {
        Optional<Path> found =
            files
                .filter(f -> f.getFileName().toString().endsWith("job_" + jobId + ".pdf"))
                .findAny();
        if (found.isPresent() && Files.size(found.get()) > 0) {
          return found.get();
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("No file for job " + jobId + " in " + PRINTED);
  }
}
