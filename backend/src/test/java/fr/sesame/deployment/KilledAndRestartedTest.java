package fr.sesame.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sésame killed with SIGKILL — its whole process group, then its JVM alone — and started again at
 * once on the same data: it comes back, with everything committed before the kill, on an embedded
 * PostgreSQL that syncs to disk and takes only its password.
 */
class KilledAndRestartedTest {

  private static final Pattern RECOVERED = Pattern.compile("recovered in (\\d+) ms");

  @TempDir Path temp;

  @Test
  void comesBackAtOnceWithItsDataAfterSigkillOfTheGroupOrOfTheJvmAlone() throws Exception {
    Path data = temp.resolve("data");
    Path postgres = data.resolve("postgres");
    List<String> timings = new ArrayList<>();

    long t = System.nanoTime();
    SesameProcess first = SesameProcess.start(data, "first");
    timings.add("first start " + first.awaitReady(t).toMillis() + " ms");
    assertIsDurableAndPrivate(postgres);
    assertFirstPasswordKeptOutOfTheLog(data, first.output());
    write(postgres, "before the group was killed");
    long orphan = postmasterPid(postgres);

    first.killProcessGroup();
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
        .as("the server has a session of its own: killing Sésame's group leaves it running")
        .contains(true);
    t = System.nanoTime();
    SesameProcess second = SesameProcess.start(data, "second");
    timings.add("restart after SIGKILL of the group " + second.awaitReady(t).toMillis() + " ms");
    assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
        .as("the server left running was stopped")
        .isFalse();
    timings.add("database " + recovery(second.output()) + " ms");
    assertThat(rows(postgres)).containsExactly("before the group was killed");
    write(postgres, "before the JVM alone was killed");

    second.killJvm();
    t = System.nanoTime();
    SesameProcess third = SesameProcess.start(data, "third");
    timings.add("restart after SIGKILL of the JVM " + third.awaitReady(t).toMillis() + " ms");
    timings.add("database " + recovery(third.output()) + " ms");
    assertThat(rows(postgres))
        .containsExactlyInAnyOrder(
            "before the group was killed", "before the JVM alone was killed");
    assertThat(third.output()).doesNotContain("First administrator created");

    third.stop();
    assertThat(postgres.resolve("postmaster.pid"))
        .as("an orderly stop stops the server")
        .doesNotExist();
    System.out.println("KilledAndRestartedTest: " + String.join(", ", timings));
  }

  /** The database part of a start after a kill: stopping what was left, then recovery. */
  private static long recovery(String output) {
    Matcher matcher = RECOVERED.matcher(output);
    assertThat(matcher.find()).as("the log says the database recovered:\n%s", output).isTrue();
    long millis = Long.parseLong(matcher.group(1));
    assertThat(millis).isLessThan(Duration.ofSeconds(30).toMillis());
    return millis;
  }

  private static void assertIsDurableAndPrivate(Path postgres) throws Exception {
    Path passwordFile = postgres.resolve("sesame-password");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
        .isEqualTo("rw-------");
    String url = "jdbc:postgresql://127.0.0.1:" + port(postgres) + "/sesame";
    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
        .as("no connection without the password")
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
    try (Connection connection = connect(postgres);
        var statement = connection.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit")) {
        var result = statement.executeQuery("show " + setting);
        result.next();
        assertThat(result.getString(1)).as(setting).isEqualTo("on");
      }
    }
    assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).doesNotContain("trust");
  }

  private static void assertFirstPasswordKeptOutOfTheLog(Path data, String output)
      throws Exception {
    Path file = data.resolve("first-administrator-password.txt");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    String password =
        Files.readAllLines(file).stream()
            .filter(line -> line.startsWith("password: "))
            .findFirst()
            .orElseThrow()
            .substring("password: ".length());
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    assertThat(output).contains(file.toString()).doesNotContain(password);
  }

  private static void write(Path postgres, String text) throws SQLException {
    try (Connection connection = connect(postgres);
        var statement = connection.createStatement()) {
      statement.execute("create table if not exists crash_marker (text varchar(100))");
      statement.execute("insert into crash_marker values ('" + text + "')");
    }
  }

  private static List<String> rows(Path postgres) throws SQLException {
    try (Connection connection = connect(postgres);
        var result = connection.createStatement().executeQuery("select text from crash_marker")) {
      List<String> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(result.getString(1));
      }
      return rows;
    }
  }

  private static Connection connect(Path postgres) throws SQLException {
    try {
      return DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:" + port(postgres) + "/sesame",
          "postgres",
          Files.readString(postgres.resolve("sesame-password")).strip());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long postmasterPid(Path postgres) throws Exception {
    return Long.parseLong(Files.readAllLines(postgres.resolve("postmaster.pid")).get(0).strip());
  }

  private static int port(Path postgres) {
    try {
      return Integer.parseInt(
          Files.readAllLines(postgres.resolve("postmaster.pid")).get(3).strip());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
