package fr.sesame.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's own {@code frontend/nginx.conf}, run by Debian's nginx in front of a backend on
 * this machine. Only its listening port and the backend's address are changed; everything else is
 * the file that ships.
 */
final class ShippedNginx implements AutoCloseable {

  private static final Path SHIPPED = Path.of("../frontend/nginx.conf");
  private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/nginx"));

  private final Process process;
  private final int port;
  private final Path prefix;

  private ShippedNginx(Process process, int port, Path prefix) {
    this.process = process;
    this.port = port;
    this.prefix = prefix;
  }

  /** Skips (with why) when nginx is not installed, unless on CI, where it must be. */
  static Path binary() {
    Path found = BINARIES.stream().filter(Files::isExecutable).findFirst().orElse(null);
    if (found == null && System.getenv("CI") != null) {
      Assertions.fail("nginx is required on CI: .ci/run installs nginx-light");
    }
    Assumptions.assumeTrue(
        found != null,
        "nginx is not installed (apt-get install nginx-light): the shipped nginx.conf is not tested");
    return found;
  }

  static ShippedNginx inFrontOf(int backendPort) throws IOException, InterruptedException {
    Path nginx = binary();
    Path prefix = Files.createTempDirectory("sesame-nginx");
    int port = freePort();
    String shipped = Files.readString(SHIPPED);
    String server =
        replaceOnce(
            replaceOnce(shipped, "listen 80;", "listen 127.0.0.1:" + port + ";"),
            "http://backend:8080",
            "http://127.0.0.1:" + backendPort);
    Files.writeString(prefix.resolve("default.conf"), server);
    Files.writeString(
        prefix.resolve("nginx.conf"),
        """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 256; }
        http {
            include /etc/nginx/mime.types;
            access_log off;
            client_body_temp_path %1$s/client_body;
            proxy_temp_path %1$s/proxy;
            fastcgi_temp_path %1$s/fastcgi;
            uwsgi_temp_path %1$s/uwsgi;
            scgi_temp_path %1$s/scgi;
            include %1$s/default.conf;
        }
        """
            .formatted(prefix));
    Process process =
        new ProcessBuilder(
                nginx.toString(),
                "-p",
                prefix.toString(),
                "-e",
                prefix.resolve("error.log").toString(),
                "-c",
                prefix.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("output.log").toFile())
            .start();
    ShippedNginx started = new ShippedNginx(process, port, prefix);
    started.awaitListening();
    return started;
  }

  int port() {
    return port;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitListening() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        Assertions.fail("nginx did not start: " + Files.readString(prefix.resolve("output.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    Assertions.fail("nginx did not listen on " + port);
  }

  private static String replaceOnce(String text, String target, String replacement) {
    assertThat(text.split(java.util.regex.Pattern.quote(target), -1))
        .as("the shipped nginx.conf has exactly one '%s'", target)
        .hasSize(2);
    return text.replace(target, replacement);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
