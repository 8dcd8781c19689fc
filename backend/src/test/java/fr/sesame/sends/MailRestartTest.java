package fr.sesame.sends;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import fr.sesame.SesameApplication;
import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.BrowserLikeClient;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application stops in the middle of a 500-recipient e-mail send and starts again: the send
 * finishes, nobody is lost, and anyone mailed twice got the same letter.
 */
class MailRestartTest {

  private static final int RECIPIENTS = 500;
  private static final String PASSWORD = "restart-test-admin-password";

  @TempDir Path dataDir;

  @Test
  void aRestartMidSendLosesNobodyAndNeverChangesALetter() throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(3026, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      String sendId;
      long start;
      int beforeStop;
      double firstRate;
      try (ConfigurableApplicationContext first = start()) {
        WebTestClient client = admin(first);
        ApiFixtures.publicUrl(client, "Collège", "https://sesame.college.fr");
        StringBuilder csv = new StringBuilder("type;nom;prenom;email\r\n");
        for (int i = 0; i < RECIPIENTS; i++) {
          csv.append("Responsable;Redemarrage")
              .append(i)
              .append(";Anne;anne")
              .append(i)
              .append("@example.fr\r\n");
        }
        upload(
                client,
                "POST",
                "/api/accounts/import?dryRun=false",
                "parents.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8))
            .expectStatus()
            .isOk();
        String template = ApiFixtures.templateId(client, "PARENT", "QR");
        start = System.nanoTime();
        String send =
            ApiFixtures.send(
                client, Map.of("templateId", template, "audience", "PARENT", "output", "EMAIL"));
        sendId = JsonPath.read(send, "$.id");
        assertThat((Integer) JsonPath.read(send, "$.eligible")).isEqualTo(RECIPIENTS);
        smtp.waitForIncomingEmail(120_000, 100);
        beforeStop = smtp.getReceivedMessages().length;
        firstRate = beforeStop / ((System.nanoTime() - start) / 1e9);
      }
      int atStop = smtp.getReceivedMessages().length;
      assertThat(atStop).as("stopped in the middle").isLessThan(RECIPIENTS);

      long restart = System.nanoTime();
      try (ConfigurableApplicationContext second = start()) {
        WebTestClient client = admin(second);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String send;
        do {
          Thread.sleep(500);
          send = body(client.get().uri("/api/sends/" + sendId).exchange());
        } while (!"DONE".equals(JsonPath.read(send, "$.state")) && System.nanoTime() < deadline);
        assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("DONE");
        assertThat((Integer) JsonPath.read(send, "$.failed")).isZero();

        DatabaseClient db = second.getBean(DatabaseClient.class);
        List<Long> livePerAccount =
            db.sql(
                    "select count(c.id) as n from account a left join credential c on c.account_id = a.id"
                        + " and c.state in ('ISSUED', 'DELIVERED', 'OPENED', 'CODE_VERIFIED')"
                        + " where a.last_name like 'Redemarrage%' group by a.id")
                .map(row -> row.get("n", Long.class))
                .all()
                .collectList()
                .block();
        assertThat(livePerAccount).hasSize(RECIPIENTS).allMatch(n -> n == 1);
      }
      double restartSeconds = (System.nanoTime() - restart) / 1e9;

      Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        byRecipient
            .computeIfAbsent(message.getAllRecipients()[0].toString(), to -> new ArrayList<>())
            .add(message);
      }
      assertThat(byRecipient).as("everyone got their letter").hasSize(RECIPIENTS);
      int twice = 0;
      for (List<MimeMessage> messages : byRecipient.values()) {
        if (messages.size() > 1) {
          twice++;
          assertThat(messages.stream().map(MailRestartTest::qrLink).distinct().toList())
              .as("mailed twice, the same letter")
              .hasSize(1);
        }
      }
      System.out.printf(
          "E-mail send of %d: %d sent before the stop (%.1f e-mails/s), %d mailed twice,"
              + " the restarted instance finished in %.1f s (start included)%n",
          RECIPIENTS, beforeStop, firstRate, twice, restartSeconds);
    } finally {
      smtp.stop();
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(SesameApplication.class)
        .run(
            "--server.port=0",
            "--sesame.database.ephemeral=false",
            "--spring.r2dbc.url=",
            "--sesame.admin.password=" + PASSWORD,
            "--sesame.data-dir=" + dataDir,
            "--spring.mail.port=3026",
            // A stopped instance's e-mails are taken over after this.
            "--sesame.mail.lease=5s");
  }

  private static WebTestClient admin(ConfigurableApplicationContext app) {
    WebTestClient base =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
            .responseTimeout(Duration.ofMinutes(1))
            .build();
    BrowserLikeClient browser = new BrowserLikeClient(base, true);
    browser.signIn("admin", PASSWORD).expectStatus().isOk();
    return browser.client();
  }

  private static String qrLink(MimeMessage message) {
    try {
      Multipart parts = (Multipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (part.getContentType().startsWith("application/pdf")) {
          try (PDDocument letter = Loader.loadPDF(part.getInputStream().readAllBytes())) {
            return QrDecoding.decode(new PDFRenderer(letter).renderImageWithDPI(0, 150));
          }
        }
      }
      throw new AssertionError("No PDF attached");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(
        response.expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
  }
}
