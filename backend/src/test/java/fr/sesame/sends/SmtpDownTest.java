package fr.sesame.sends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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
 * No SMTP server at all: the send keeps trying with growing waits, says so, and after the last try
 * marks the e-mail failed with the reason — the application carries on.
 */
@ApplicationTest
class SmtpDownTest {

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;

  @Test
  void retriesThenFailsWithTheReason() throws Exception {
    // Nothing listens on port 3025 while this test runs (only EmailSendTest starts GreenMail
    // there).
    WebTestClient client = SignedIn.admin(webTestClient);
    ApiFixtures.publicUrl(client, "Collège", "https://sesame.college.fr");
    String tag = "Panne" + UUID.randomUUID().toString().substring(0, 6);
    String id = ApiFixtures.sendToNewParent(client, tag, "EMAIL");

    // While it waits for the next try, the recipient's line says why the last one failed.
    String pending = body(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    for (int tick = 0; tick < 20 && JsonPath.read(pending, "$.items[0].error") == null; tick++) {
      Thread.sleep(250);
      pending = body(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    }
    assertThat((String) JsonPath.read(pending, "$.items[0].state")).isEqualTo("ISSUED");
    assertThat((String) JsonPath.read(pending, "$.items[0].error")).isNotBlank();

    // Each try fails; the next one waits (5 s, 10 s, 20 s …): moving the clock lets it come.
    String failed = body(client.get().uri("/api/sends/" + id).exchange());
    for (int tick = 0; tick < 30 && "RUNNING".equals(JsonPath.read(failed, "$.state")); tick++) {
      Thread.sleep(1_000); // the outbox polls every second
      clock.advance(Duration.ofMinutes(11));
      failed = body(client.get().uri("/api/sends/" + id).exchange());
    }
    assertThat((String) JsonPath.read(failed, "$.state")).isEqualTo("DONE");
    assertThat((Integer) JsonPath.read(failed, "$.failed")).isEqualTo(1);
    String recipients = body(client.get().uri("/api/sends/" + id + "/recipients").exchange());
    assertThat((String) JsonPath.read(recipients, "$.items[0].state")).isEqualTo("FAILED");
    assertThat((String) JsonPath.read(recipients, "$.items[0].error")).isNotBlank();
    client.get().uri("/api/auth/me").exchange().expectStatus().isOk();
  }

  private static String body(WebTestClient.ResponseSpec response) {
    return new String(response.expectBody().returnResult().getResponseBody(), UTF_8);
  }
}
