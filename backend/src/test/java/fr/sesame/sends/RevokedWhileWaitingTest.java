package fr.sesame.sends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A letter revoked while its e-mail waits for the next try (the SMTP server was down) is never
 * sent, and is counted once, as failed: not failed and delivered both.
 */
@ApplicationTest
class RevokedWhileWaitingTest {

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;

  @Test
  void aLetterRevokedWhileItsEMailWaitedIsFailedOnceAndNeverSent() throws Exception {
    // Nothing listens on the SMTP port yet: the first try fails and the e-mail waits.
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège", "https://sesame.college.fr");
    String tag = "Revoque" + UUID.randomUUID().toString().substring(0, 6);
    String id = ApiFixtures.sendToNewParent(client, tag, "EMAIL");
    String pending = body(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    for (int tick = 0; tick < 40 && JsonPath.read(pending, "$.items[0].error") == null; tick++) {
      Thread.sleep(250);
      pending = body(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    }
    assertThat((String) JsonPath.read(pending, "$.items[0].error"))
        .as("first try failed")
        .isNotBlank();

    client
        .post()
        .uri(
            "/api/accounts/"
                + JsonPath.read(pending, "$.items[0].accountId")
                + "/credentials/revoke")
        .exchange()
        .expectStatus()
        .isOk();

    GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      String send = body(client.get().uri("/api/sends/" + id).exchange());
      for (int tick = 0; tick < 30 && "RUNNING".equals(JsonPath.read(send, "$.state")); tick++) {
        clock.advance(Duration.ofMinutes(1)); // past the back-off: the next try comes
        Thread.sleep(1_000); // the outbox polls every second
        send = body(client.get().uri("/api/sends/" + id).exchange());
      }
      assertThat((String) JsonPath.read(send, "$.state")).isEqualTo("DONE");
      assertThat((Integer) JsonPath.read(send, "$.failed")).isEqualTo(1);
      assertThat((Integer) JsonPath.read(send, "$.done")).as("not also delivered").isZero();
      String recipients = body(client.get().uri("/api/sends/" + id + "/recipients").exchange());
      assertThat((String) JsonPath.read(recipients, "$.items[0].error"))
          .isEqualTo("The letter can no longer be used.");
      Thread.sleep(1_500); // one more poll: still nothing is sent
      assertThat(smtp.getReceivedMessagesForDomain(tag + "@example.fr")).isEmpty();
    } finally {
      smtp.stop();
    }
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }
}
