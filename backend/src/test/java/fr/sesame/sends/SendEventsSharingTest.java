package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/** Every stream of one send shares one database read a second, which stops with the last one. */
@ApplicationTest
class SendEventsSharingTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  @Autowired SendStreams streams;

  @Test
  void fourStreamsOfOneSendReadItOnceATick() throws InterruptedException {
    SendEventsTest setup = new SendEventsTest();
    setup.webTestClient = webTestClient;
    setup.db = db;
    setup.setUp();
    WebTestClient admin = setup.admin;
    List<Disposable> open = new ArrayList<>();
    try {
      for (int i = 0; i < SendStreams.PER_CALLER; i++) {
        open.add(
            admin
                .mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .get()
                .uri("/api/sends/" + setup.sendId + "/events")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody()
                .subscribe());
      }
      Thread.sleep(1_500);
      long before = streams.reads();
      Thread.sleep(5_000);
      long during = streams.reads() - before;
      System.out.printf(
          "%d streams of one send: %d reads of the send in 5 s%n", SendStreams.PER_CALLER, during);
      assertThat(during).as("one read a second, not one per stream").isBetween(3L, 7L);
    } finally {
      open.forEach(Disposable::dispose);
    }
    Thread.sleep(1_500);
    long after = streams.reads();
    Thread.sleep(3_000);
    assertThat(streams.reads()).as("no stream left: no more reads").isEqualTo(after);
    db.sql("update send set state = 'DONE' where id = :id")
        .bind("id", UUID.fromString(setup.sendId))
        .then()
        .block();
  }
}
