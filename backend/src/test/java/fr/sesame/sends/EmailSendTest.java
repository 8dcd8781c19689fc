package fr.sesame.sends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import fr.sesame.credentials.CredentialSecrets;
import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import jakarta.mail.internet.MimeMessage;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.SocketFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An e-mail send through a real SMTP server: one message per recipient, the letter attached. */
@ApplicationTest
class EmailSendTest {

  static GreenMail smtp;

  @Autowired WebTestClient webTestClient;
  @Autowired CredentialSecrets secrets;
  @Autowired DatabaseClient db;
  @Autowired JavaMailSenderImpl sender;

  @BeforeAll
  static void startSmtp() {
    smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void connectionsToTheServerSendEachPacketAtOnce() throws Exception {
    SocketFactory factory =
        (SocketFactory) sender.getSession().getProperties().get("mail.smtp.socketFactory");
    try (Socket socket = factory.createSocket("127.0.0.1", 3025)) {
      assertThat(socket.getTcpNoDelay()).as("Nagle's algorithm off").isTrue();
    }
  }

  @Test
  void eachRecipientGetsTheirLetterByEMailAndTheOthersAreToPrint() throws Exception {
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège Jean Moulin", "https://sesame.college.fr");
    String tag = "Mail" + UUID.randomUUID().toString().substring(0, 6);
    UUID anne = parent(client, tag + "a", "anne." + tag + "@example.fr");
    UUID bruno = parent(client, tag + "b", "bruno." + tag + "@example.fr");
    UUID claire = parent(client, tag + "c", null);
    String template = ApiFixtures.templateId(client, "PARENT", "QR");
    String send =
        ApiFixtures.send(
            client,
            Map.of(
                "templateId",
                template,
                "audience",
                "PARENT",
                "output",
                "EMAIL",
                "selection",
                Map.of("accountIds", List.of(anne, bruno, claire))));
    String id = JsonPath.read(send, "$.id");
    assertThat((Integer) JsonPath.read(send, "$.toPrint")).isEqualTo(1);

    assertThat(smtp.waitForIncomingEmail(30_000, 2)).as("two e-mails arrive").isTrue();
    for (UUID account : List.of(anne, bruno)) {
      MimeMessage message = messageTo(address(account));
      assertThat(message.getSubject()).isEqualTo("Votre lettre de connexion – Collège Jean Moulin");
      byte[] pdf = SentMail.attachment(message);
      try (PDDocument letter = Loader.loadPDF(pdf)) {
        assertThat(QrDecoding.decode(new PDFRenderer(letter).renderImageWithDPI(0, 200)))
            .isEqualTo(
                "https://sesame.college.fr/activate#"
                    + secrets.token(SentMail.unopenedCredential(db, account)));
      }
    }

    String done = awaitDone(client, id);
    assertThat((Integer) JsonPath.read(done, "$.done")).isEqualTo(3);
    List<String> states =
        JsonPath.read(
            body(client.get().uri("/api/sends/" + id + "/recipients").exchange()),
            "$.items[*].channel");
    assertThat(states).containsExactly("EMAIL", "EMAIL", "PDF");
    byte[] toPrint =
        client
            .get()
            .uri("/api/sends/" + id + "/document")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    try (PDDocument document = Loader.loadPDF(toPrint)) {
      assertThat(document.getNumberOfPages()).as("only the one without e-mail").isEqualTo(1);
    }
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  private static String awaitDone(WebTestClient client, String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      String send = body(client.get().uri("/api/sends/" + id).exchange());
      if ("DONE".equals(JsonPath.read(send, "$.state")) || System.nanoTime() > deadline) {
        assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("DONE");
        return send;
      }
      Thread.sleep(200);
    }
  }

  private static MimeMessage messageTo(String address) throws Exception {
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(address)) {
        return message;
      }
    }
    throw new AssertionError("No e-mail to " + address);
  }

  private String address(UUID account) {
    return db.sql("select email from account where id = :id")
        .bind("id", account)
        .map(row -> row.get("email", String.class))
        .one()
        .block();
  }

  private static UUID parent(WebTestClient client, String lastName, String email) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("kind", "PARENT");
    fields.put("lastName", lastName);
    fields.put("firstName", "Anne");
    if (email != null) {
      fields.put("email", email);
    }
    return ApiFixtures.account(client, fields);
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }
}
