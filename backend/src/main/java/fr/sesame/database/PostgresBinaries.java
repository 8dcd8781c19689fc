package fr.sesame.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the embedded server's programs were unpacked, so Sésame can run one itself ({@code postgres
 * --single}) before the server starts. The library unpacks the archive into {@code PG-<MD5 of the
 * archive>} under its working directory; this resolver hands it the same archive and notes its MD5
 * as it is read.
 */
final class PostgresBinaries implements PgBinaryResolver {

  static final PostgresBinaries INSTANCE = new PostgresBinaries();

  private final Path workingDirectory =
      Path.of(
          System.getProperty(
              "ot.epg.working-dir",
              Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
  private volatile String digest;

  private PostgresBinaries() {}

  Path workingDirectory() {
    return workingDirectory;
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    InputStream archive =
        DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    if (archive == null) {
      return null;
    }
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    return new FilterInputStream(new DigestInputStream(archive, md5)) {
      private boolean closed;

      @Override
      public void close() throws IOException {
        super.close();
        if (!closed) {
          closed = true;
          digest = HexFormat.of().formatHex(md5.digest());
        }
      }
    };
  }

  /** Runs {@code sql} in a single-user server on {@code dataDirectory}, which must be stopped. */
  void singleUser(Path dataDirectory, String sql) throws IOException {
    if (digest == null) {
      throw new IllegalStateException("The PostgreSQL programs have not been unpacked yet");
    }
    Path postgres = workingDirectory.resolve("PG-" + digest).resolve("bin/postgres");
    List<String> command = new ArrayList<>();
    if (LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses to run as root
    }
    command.addAll(
        List.of(postgres.toString(), "--single", "-D", dataDirectory.toString(), "postgres"));
    Path output = Files.createTempFile("sesame-postgres-single", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      try (var stdin = process.getOutputStream()) {
        stdin.write((sql + "\n").getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(
            "PostgreSQL in single-user mode failed: "
                + Files.readAllLines(output).stream()
                    .filter(line -> line.contains("FATAL") || line.contains("ERROR"))
                    .toList());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while PostgreSQL ran in single-user mode", e);
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
