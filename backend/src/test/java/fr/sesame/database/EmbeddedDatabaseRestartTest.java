package fr.sesame.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
 * given once (here, without a terminal, in an owner-only file the log points to), and stopping
 * Sésame stops the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseRestartTest {

  @TempDir Path dataDir;

  @Test
  void keepsDataAcrossRestartsAndStopsWithTheApplication(CapturedOutput output) throws Exception {
    OffsetDateTime firstCreatedAt;
    try (ConfigurableApplicationContext first = start()) {
      firstCreatedAt = adminCreatedAt(first);
      assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).isTrue();
    }
    assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid")))
        .as("the embedded server stopped with the application")
        .isFalse();
    Path passwordFile = dataDir.resolve("first-administrator-password.txt");
    assertThat(Files.getPosixFilePermissions(passwordFile))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    String password = Files.readAllLines(passwordFile).get(2).replace("password: ", "");
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    assertThat(output.getOut()).doesNotContain(password);
    assertThat(countOf(output.getOut(), passwordFile.toAbsolutePath().toString())).isEqualTo(1);
    Files.delete(passwordFile);

    try (ConfigurableApplicationContext second = start()) {
      assertThat(adminCreatedAt(second)).isEqualTo(firstCreatedAt);
    }
    assertThat(passwordFile).as("the generated password is never written again").doesNotExist();
    assertThat(countOf(output.getOut(), passwordFile.toAbsolutePath().toString())).isEqualTo(1);
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
