package fr.sesame.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * Sésame as an administrator runs it: its own JVM (in a process group of its own), an embedded
 * PostgreSQL in {@code dataDir}, no terminal (its output goes to a file, as in a container).
 */
final class SesameProcess {

  private static final Duration READY_WITHIN = Duration.ofMinutes(4);

  private final Process process;
  private final Path output;
  private final int port;

  private SesameProcess(Process process, Path output, int port) {
    this.process = process;
    this.output = output;
    this.port = port;
  }

  static SesameProcess start(Path dataDir, String name) throws IOException {
    int port = ShippedNginx.freePort();
    Path output = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
    List<String> command =
        List.of(
            // setsid: a process group of its own, as a service manager or a container gives it.
            "setsid",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            "fr.sesame.SesameApplication",
            "--server.port=" + port,
            "--sesame.data-dir=" + dataDir,
            "--sesame.database.ephemeral=false",
            "--sesame.database.durable=true",
            "--spring.r2dbc.url=",
            "--sesame.admin.password=",
            "--logging.level.fr.sesame=info");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    return new SesameProcess(process, output, port);
  }

  /** How long it took until it answered ready. */
  Duration awaitReady(long startedNanos) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(2))
            .build();
    long deadline = startedNanos + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        Assertions.fail("Sésame stopped while starting:\n" + output());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - startedNanos);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    return Assertions.fail("Sésame was not ready within " + READY_WITHIN + ":\n" + output());
  }

  /** SIGKILL to the whole process group, as {@code docker kill} or an OOM-killed cgroup does. */
  void killProcessGroup() throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + process.pid()).start();
    Assertions.assertEquals(0, kill.waitFor(), "kill of the process group");
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGKILL to the JVM alone. */
  void killJvm() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: the orderly stop. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      Assertions.fail("Sésame did not stop within 60 s of SIGTERM");
    }
  }

  String output() throws IOException {
    return Files.readString(output);
  }
}
