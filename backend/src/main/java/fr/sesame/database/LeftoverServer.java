package fr.sesame.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Sésame that was killed left in its data directory. Its server runs in a session of its
 * own, so killing the JVM (or its whole process group) leaves the server running, holding the data
 * directory: it is stopped here, cleanly, before a new one starts. A {@code postmaster.pid} whose
 * process is gone is removed. Either way the server was not shut down cleanly, and the next start
 * replays its write-ahead log: nothing committed is lost.
 */
final class LeftoverServer {

  static final String LOCK_FILE = "epg-lock"; // held by the running Sésame (the library's lock)
  private static final Duration CLEAN_STOP = Duration.ofMinutes(2);
  private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

  private LeftoverServer() {}

  /** True when the server was not shut down cleanly, and recovery is to come. */
  static boolean handle(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return false;
    }
    refuseWhenInUse(dataDirectory);
    try {
      long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
      Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(p -> serves(p, dataDirectory));
      if (server.isPresent()) {
        log.warn(
            "Sésame was stopped without stopping its PostgreSQL (process {}): stopping it now",
            pid);
        stop(server.get());
      } else {
        log.warn(
            "Sésame and its PostgreSQL were stopped abruptly: removing the stale {}; PostgreSQL"
                + " recovers from its write-ahead log, which can take a moment",
            pidFile);
        Files.deleteIfExists(pidFile);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Could not clear the PostgreSQL left running on " + dataDirectory, e);
    }
  }

  /** Another live Sésame holds the data directory: never touch its server. */
  private static void refuseWhenInUse(Path dataDirectory) {
    Path lockFile = dataDirectory.resolve(LOCK_FILE);
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        throw new IllegalStateException(
            "Another Sésame is running on " + dataDirectory + "; stop it first");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not check " + lockFile, e);
    }
  }

  private static boolean serves(ProcessHandle process, Path dataDirectory) {
    ProcessHandle.Info info = process.info();
    List<String> arguments = info.arguments().map(List::of).orElse(List.of());
    boolean postgres = info.command().map(c -> c.endsWith("/postgres")).orElse(false);
    int d = arguments.indexOf("-D");
    return postgres
        && d >= 0
        && d + 1 < arguments.size()
        && Path.of(arguments.get(d + 1))
            .toAbsolutePath()
            .normalize()
            .equals(normalized(dataDirectory));
  }

  private static Path normalized(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** SIGTERM: its clients are gone with the JVM, so it checkpoints and stops at once. */
  private static void stop(ProcessHandle server) throws IOException {
    CompletableFuture<ProcessHandle> exit = server.onExit();
    server.destroy();
    try {
      exit.get(CLEAN_STOP.toSeconds(), TimeUnit.SECONDS);
      log.info("The PostgreSQL left running stopped cleanly");
    } catch (TimeoutException e) {
      log.warn("The PostgreSQL left running did not stop in {}: killing it", CLEAN_STOP);
      server.destroyForcibly();
      exit.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while stopping the PostgreSQL left running", e);
    } catch (ExecutionException e) {
      throw new IOException(e);
    }
  }
}
