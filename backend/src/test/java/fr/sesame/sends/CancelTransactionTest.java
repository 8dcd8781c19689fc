package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Cancelling a send, revoking its letters and the journal's record happen together or not at all: a
 * failure on the way leaves the send running and its letters live.
 */
@ApplicationTest
class CancelTransactionTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  @LocalServerPort int port;
  WebTestClient admin;
  // The failing call answers 500, which the contract leaves undescribed: a client that does not
  // check answers against it.
  WebTestClient unchecked;
  String tag;

  @BeforeEach
  void setUp() {
    admin = SignedIn.admin(webTestClient);
    unchecked =
        SignedIn.admin(WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build());
    ApiFixtures.publicUrl(admin, "Collège", "https://sesame.college.fr");
    tag = "Annul" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void aRevocationThatFailsOnTheWayChangesNothing() {
    String id = runningSend();
    failAuditOf("SEND_LETTERS_REVOKED", id);
    try {
      unchecked
          .post()
          .uri("/api/sends/" + id + "/revoke")
          .exchange()
          .expectStatus()
          .is5xxServerError();
    } finally {
      stopFailing();
    }
    assertThat(state(id)).as("still running").isEqualTo("RUNNING");
    assertThat(liveLetters(id)).as("letters still live").isEqualTo(1);

    // Without the failure, all of it happens.
    String revoked = ApiFixtures.postJson(admin, "/api/sends/" + id + "/revoke", Map.of());
    assertThat((Integer) JsonPath.read(revoked, "$.affected")).isEqualTo(1);
    assertThat(state(id)).isEqualTo("CANCELLED");
    assertThat(liveLetters(id)).isZero();
  }

  @Test
  void aCancellationThatFailsOnTheWayChangesNothing() {
    String id = runningSend();
    failAuditOf("SEND_CANCELLED", id);
    try {
      unchecked
          .post()
          .uri("/api/sends/" + id + "/cancel")
          .exchange()
          .expectStatus()
          .is5xxServerError();
    } finally {
      stopFailing();
    }
    assertThat(state(id)).as("still running").isEqualTo("RUNNING");
    assertThat(liveLetters(id)).isEqualTo(1);
  }

  /** A PDF send, put back to running as if its e-mails were still going out. */
  private String runningSend() {
    String id = ApiFixtures.sendToNewParent(admin, tag, "PDF");
    db.sql("update send set state = 'RUNNING' where id = :id")
        .bind("id", UUID.fromString(id))
        .then()
        .block();
    return id;
  }

  /** The journal refuses this record, as a full disk or a lost connection would. */
  private void failAuditOf(String action, String sendId) {
    db.sql(
            "create function fail_"
                + tag
                + "() returns trigger language plpgsql as $$ begin raise exception 'journal"
                + " unavailable'; end $$")
        .then()
        .block();
    db.sql(
            "create trigger fail_"
                + tag
                + " before insert on audit_event for each row when (new.action = '"
                + action
                + "' and new.target_id = '"
                + sendId
                + "') execute function fail_"
                + tag
                + "()")
        .then()
        .block();
  }

  private void stopFailing() {
    db.sql("drop trigger fail_" + tag + " on audit_event").then().block();
    db.sql("drop function fail_" + tag + "()").then().block();
  }

  private String state(String id) {
    return db.sql("select state from send where id = :id")
        .bind("id", UUID.fromString(id))
        .map(row -> row.get("state", String.class))
        .one()
        .block();
  }

  private long liveLetters(String id) {
    return db.sql(
            "select count(*) as n from credential where send_id = :id and credential_is_live(state)")
        .bind("id", UUID.fromString(id))
        .map(row -> row.get("n", Long.class))
        .one()
        .block();
  }
}
