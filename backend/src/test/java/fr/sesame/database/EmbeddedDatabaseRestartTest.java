package fr.sesame.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The zero-set-up path of {@code make run}: no database configured, so Sésame starts its own
 * PostgreSQL in the data directory; data survives a restart, the first administrator's password is
 * printed once, and stopping Sésame stops the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseRestartTest {

  @TempDir Path dataDir;

  @Test
  void keepsDataAcrossRestartsAndStopsWithTheApplication(CapturedOutput output) {
    OffsetDateTime firstCreatedAt;
    try (ConfigurableApplicationContext first = start()) {
      firstCreatedAt = adminCreatedAt(first);
      assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isTrue();
    }
    assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
        .as("the embedded server stopped with the application")
        .isFalse();
    assertThat(countOf(output.getOut(), "This password is shown only this once")).isEqualTo(1);

    try (ConfigurableApplicationContext second = start()) {
      assertThat(adminCreatedAt(second)).isEqualTo(firstCreatedAt);
    }
    assertThat(countOf(output.getOut(), "This password is shown only this once"))
        .as("the generated password is never printed again")
        .isEqualTo(1);
  }

  private ConfigurableApplicationContext start() {
    // Command-line arguments outrank the test configuration, which asks for a throw-away database.
    return new SpringApplicationBuilder(SesameApplication.class)
        .run(
            "--server.port=0",
            "--sesame.database.ephemeral=false",
            "--spring.r2dbc.url=",
            "--sesame.admin.password=",
            "--sesame.data-dir=" + dataDir);
  }

  private static OffsetDateTime adminCreatedAt(ConfigurableApplicationContext context) {
    return context
        .getBean(DatabaseClient.class)
        .sql("select created_at from admin_user where username = 'admin'")
        .map(row -> row.get("created_at", OffsetDateTime.class))
        .one()
        .block();
  }

  private static int countOf(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
