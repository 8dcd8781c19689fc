package fr.sesame.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Map<String, EmbeddedDatabase> RUNNING = new HashMap<>();
  private static int ephemeral;

  private final String key;
  private final EmbeddedPostgres server;
  private int users;

  private EmbeddedDatabase(String key, EmbeddedPostgres server) {
    this.key = key;
    this.server = server;
  }

  /**
   * Starts the server for {@code dataDirectory} (kept across restarts), or joins the one already
   * running. When it is {@code null}, a throw-away server of the caller's own: two application
   * contexts (tests with different settings) never share one, or each would take the other's
   * e-mails, webhooks and print jobs, and expire the other's sessions by its own clock.
   */
  static synchronized EmbeddedDatabase acquire(Path dataDirectory) {
    String key =
        dataDirectory == null
            ? "ephemeral-" + (++ephemeral)
            : dataDirectory.toAbsolutePath().toString();
    EmbeddedDatabase database = RUNNING.get(key);
    if (database == null) {
      database = new EmbeddedDatabase(key, start(dataDirectory));
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

  private static EmbeddedPostgres start(Path dataDirectory) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (dataDirectory != null) {
        Files.createDirectories(dataDirectory);
        builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
      }
      EmbeddedPostgres server = builder.start();
      createDatabase(server);
      log.info(
          "Embedded PostgreSQL started on port {} with data in {}",
          server.getPort(),
          dataDirectory == null
              ? "a temporary directory"
              : dataDirectory.toAbsolutePath().normalize());
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
