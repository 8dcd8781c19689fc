package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.SesameApplication;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.BrowserLikeClient;
import fr.sesame.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An automatic reminder is due while the application is stopped: the next start, by its clock,
 * sends it, once.
 */
class ReminderRestartTest {

  private static final String PASSWORD = "reminder-restart-admin-password";

  @TempDir Path dataDir;

  @Test
  void theAutomaticReminderGoesOnceAfterARestart() throws Exception {
    String address = "gaelle." + UUID.randomUUID().toString().substring(0, 6) + "@example.fr";
    try (RefusingSmtpServer smtp = new RefusingSmtpServer(Set.of())) {
      String sendId;
      try (ConfigurableApplicationContext first = start(smtp.port())) {
        WebTestClient client = admin(first);
        ApiFixtures.publicUrl(client, "Collège", "https://sesame.college.fr");
        UUID gaelle =
            ApiFixtures.account(
                client,
                Map.of(
                    "kind",
                    "PARENT",
                    "lastName",
                    "Relance",
                    "firstName",
                    "Gaëlle",
                    "email",
                    address));
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
                    "remindAfterDays",
                    1,
                    "selection",
                    Map.of("accountIds", List.of(gaelle))));
        sendId = JsonPath.read(send, "$.id");
        CampaignFollowUpTest.awaitDone(client, sendId);
        assertThat(smtp.to(address)).hasSize(1);
      }

      long restart = System.nanoTime();
      try (ConfigurableApplicationContext second = start(smtp.port())) {
        second.getBean(MutableClock.class).advance(Duration.ofDays(1).plusMinutes(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (smtp.to(address).size() < 2 && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - restart) / 1e9;
        assertThat(smtp.to(address)).as("reminded after the restart").hasSize(2);
        Thread.sleep(6_000); // three more polls
        assertThat(smtp.to(address)).as("once").hasSize(2);
        DatabaseClient db = second.getBean(DatabaseClient.class);
        Long reminders =
            db.sql("select count(*) as n from send where reminder_of = :id")
                .bind("id", UUID.fromString(sendId))
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
        assertThat(reminders).isEqualTo(1);
        System.out.printf(
            "Automatic reminder due while stopped: e-mailed %.1f s after the restart began%n",
            seconds);
      }
    }
  }

  private ConfigurableApplicationContext start(int smtpPort) {
    return new SpringApplicationBuilder(SesameApplication.class, ApplicationTest.TestClock.class)
        .run(
            "--server.port=0",
            "--sesame.database.ephemeral=false",
            "--spring.r2dbc.url=",
            "--sesame.admin.password=" + PASSWORD,
            "--sesame.data-dir=" + dataDir,
            "--spring.mail.port=" + smtpPort);
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
}
