package fr.sesame.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by this JVM. Shared by every application context that asks for the same
 * data directory (test contexts do), and stopped when the last one lets go.
 */
final class EmbeddedDatabase {

  static final String USER = "postgres";
  private static final String DATABASE = "sesame";
  // Crash recovery replays the write-ahead log before the server answers: it gets its time.
  private static final Duration STARTUP_WAIT = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Map<String, EmbeddedDatabase> RUNNING = new HashMap<>();
  private static int ephemeral;

  private final String key;
  private final EmbeddedPostgres server;
  private final String password;
  private int users;

  private EmbeddedDatabase(String key, EmbeddedPostgres server, String password) {
    this.key = key;
    this.server = server;
    this.password = password;
  }

  /**
   * Starts the server for {@code dataDirectory} (kept across restarts), or joins the one already
   * running. When it is {@code null}, a throw-away server of the caller's own: two application
   * contexts (tests with different settings) never share one, or each would take the other's
   * e-mails, webhooks and print jobs, and expire the other's sessions by its own clock.
   *
   * @param durable fsync and synchronous commit on; only tests turn them off, for speed
   */
  static synchronized EmbeddedDatabase acquire(Path dataDirectory, boolean durable) {
    String key =
        dataDirectory == null
            ? "ephemeral-" + (++ephemeral)
            : dataDirectory.toAbsolutePath().toString();
    EmbeddedDatabase database = RUNNING.get(key);
    if (database == null) {
      String password = ServerAccess.passwordOf(dataDirectory);
      database = new EmbeddedDatabase(key, start(dataDirectory, durable, password), password);
      RUNNING.put(key, database);
    }
    database.users++;
    return database;
  }

  void release() {
    synchronized (EmbeddedDatabase.class) {
      if (--users > 0) {
        return;
      }
      RUNNING.remove(key);
    }
    try {
      server.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }

  String r2dbcUrl() {
    return "r2dbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
  }

  String password() {
    return password;
  }

  private static EmbeddedPostgres start(Path dataDirectory, boolean durable, String password) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setPgBinaryResolver(PostgresBinaries.INSTANCE)
              .setOverrideWorkingDirectory(PostgresBinaries.INSTANCE.workingDirectory().toFile())
              .setPGStartupWait(STARTUP_WAIT)
              .setConnectConfig("password", password)
              .setDataDirectoryCustomizer(
                  directory ->
                      ServerAccess.close(directory.toPath(), password, PostgresBinaries.INSTANCE));
      if (durable) {
        // The library's defaults suit throw-away test servers: fsync off ("-F", which these
        // later options override) and commits acknowledged before they are on disk.
        builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
      }
      long started = System.nanoTime();
      boolean recovering = false;
      if (dataDirectory != null) {
        Files.createDirectories(dataDirectory);
        recovering = LeftoverServer.handle(dataDirectory);
        builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
      }
      EmbeddedPostgres server = builder.start();
      createDatabase(server);
      log.info(
          "Embedded PostgreSQL started on port {} with data in {}{}",
          server.getPort(),
          dataDirectory == null
              ? "a temporary directory"
              : dataDirectory.toAbsolutePath().normalize(),
          recovering
              ? ", recovered in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms"
              : "");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  private static void createDatabase(EmbeddedPostgres server) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, DATABASE);
      if (!exists.executeQuery().next()) {
        connection.createStatement().execute("create database " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the embedded database", e);
    }
  }
}
