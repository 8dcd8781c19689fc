package fr.sesame.sends;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Letters/s of the packaged application, as a school gets them, in one run on one machine: starts
 * {@code target/sesame.jar} fresh (embedded database in a temporary data directory) with a local
 * SMTP server, creates accounts through the API, then prints
 *
 * <ul>
 *   <li>the first, second and third download of one 2,000-letter send (the first pays for whatever
 *       a fresh start has not yet compiled or loaded);
 *   <li>merged letters/s (a 600-letter PDF send downloaded) and e-mailed letters/s (a 600-letter
 *       e-mail send, from its creation until the last e-mail is accepted by the SMTP server), and
 *       their ratio, each measured {@code ROUNDS} times.
 * </ul>
 *
 * <p>Run with {@code make mail-benchmark}; {@code BENCH_JVM_OPTIONS} adds options to the started
 * JVM (e.g. a flight recording), {@code BENCH_ONLY=mail} skips the downloads of 2,000 letters,
 * {@code BENCH_FIRST_AFTER=45} waits 45 s before the first download (the accounts and the send are
 * ready within seconds of the start, sooner than any school prepares its first send).
 */
public final class MailBenchmark {

  private static final String PASSWORD = "benchmark-password-123";
  private static final int DOWNLOAD = 2_000;
  private static final int MAILED = 600;

  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();
  private final String base;

  private MailBenchmark(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public static void main(String[] args) throws Exception {
    // The SMTP server logs every message it receives.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    Path jar = Path.of(args.length > 1 ? args[1] : "target/sesame.jar").toAbsolutePath();
    Path work = Files.createTempDirectory("sesame-mail-benchmark");
    int port = freePort();
    Inbox smtp = Inbox.start(System.getenv("BENCH_SMTP"));
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g"));
    String extra = System.getenv("BENCH_JVM_OPTIONS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(Arrays.asList(extra.trim().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "--server.port=" + port,
            "--sesame.data-dir=" + work.resolve("data"),
            "--sesame.admin.password=" + PASSWORD,
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.port()));
    Path log = work.resolve("app.log");
    long started = System.nanoTime();
    Process app =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    try {
      MailBenchmark bench = new MailBenchmark(port);
      bench.awaitReady(app, log);
      System.out.printf(
          Locale.ROOT,
          "%d cores, load %s, Java %s; ready %.1f s after start%n",
          Runtime.getRuntime().availableProcessors(),
          Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
          System.getProperty("java.version"),
          (System.nanoTime() - started) / 1e9);
      bench.run(rounds, smtp, started, new CpuTime(app.pid()));
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
      smtp.close();
      System.out.println("(application log: " + log + ")");
    }
  }

  private void run(int rounds, Inbox smtp, long started, CpuTime cpu) throws Exception {
    System.out.println("SMTP server: " + smtp.name());
    signIn();
    send(
        "PUT",
        "/api/identity",
        Map.of("name", "Collège Jean Moulin", "publicUrl", "https://sesame.college.fr"),
        200);
    importAccounts("Professeur", DOWNLOAD, false);
    importAccounts("Personnel", MAILED, true);
    String teachers = templateId("TEACHER");
    String staff = templateId("STAFF");

    String download = createSend(teachers, "TEACHER", "PDF", DOWNLOAD);
    String wait = System.getenv("BENCH_FIRST_AFTER");
    if (wait != null && !wait.isBlank()) {
      Thread.sleep(Long.parseLong(wait.strip()) * 1_000); // as a school signs in and prepares
    }
    System.out.printf(
        Locale.ROOT,
        "first download starts %.1f s after start%n",
        (System.nanoTime() - started) / 1e9);
    boolean mailOnly = "mail".equals(System.getenv("BENCH_ONLY"));
    for (String which : mailOnly ? List.<String>of() : List.of("first", "second", "third")) {
      CpuTime.Mark mark = cpu.mark();
      long begin = System.nanoTime();
      long bytes = document(download);
      print(
          which + " download",
          DOWNLOAD,
          System.nanoTime() - begin,
          bytes / DOWNLOAD + " B/letter, " + mark.perLetter(DOWNLOAD));
    }

    for (int round = 1; round <= rounds; round++) {
      String merged = createSend(staff, "STAFF", "PDF", MAILED);
      CpuTime.Mark mark = cpu.mark();
      long begin = System.nanoTime();
      long bytes = document(merged);
      long mergedNanos = System.nanoTime() - begin;
      print(
          "merged #" + round,
          MAILED,
          mergedNanos,
          bytes / MAILED + " B/letter, " + mark.perLetter(MAILED));

      smtp.clear();
      mark = cpu.mark();
      begin = System.nanoTime();
      String mailed = createSend(staff, "STAFF", "EMAIL", MAILED);
      awaitDone(mailed);
      long mailedNanos = System.nanoTime() - begin;
      String mailedCpu = mark.perLetter(MAILED); // before the messages are read back below
      List<MimeMessage> messages = smtp.received();
      if (messages.size() != MAILED) {
        throw new IllegalStateException(messages.size() + " e-mails arrived, not " + MAILED);
      }
      long largest = 0;
      long total = 0;
      for (MimeMessage message : messages) {
        int size = SentMail.attachment(message).length;
        largest = Math.max(largest, size);
        total += size;
      }
      print(
          "e-mailed #" + round,
          MAILED,
          mailedNanos,
          String.format(
              Locale.ROOT,
              "attachment %d B average, %d B largest, %s; ratio e-mailed/merged %.2f",
              total / MAILED,
              largest,
              mailedCpu,
              (double) mergedNanos / mailedNanos));
    }
    System.out.printf("load at the end %s", Files.readString(Path.of("/proc/loadavg")));
  }

  /**
   * The local SMTP server letters are e-mailed to. By default one that keeps each message as it
   * comes, as a mail server queues it; {@code BENCH_SMTP=greenmail} for GreenMail, which also
   * parses and files every message for IMAP (about 9 ms of CPU per 82 KB letter here, on the same
   * cores as Sésame).
   */
  private interface Inbox extends AutoCloseable {
    String name();

    int port();

    List<MimeMessage> received() throws Exception;

    void clear() throws Exception;

    @Override
    void close() throws IOException;

    static Inbox start(String which) throws IOException {
      if ("greenmail".equalsIgnoreCase(which)) {
        GreenMail greenMail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));
        greenMail.start();
        return new Inbox() {
          public String name() {
            return "GreenMail";
          }

          public int port() {
            return greenMail.getSmtp().getPort();
          }

          public List<MimeMessage> received() {
            return List.of(greenMail.getReceivedMessages());
          }

          public void clear() throws Exception {
            greenMail.purgeEmailFromAllMailboxes();
          }

          public void close() {
            greenMail.stop();
          }
        };
      }
      RefusingSmtpServer server = new RefusingSmtpServer(Set.of());
      return new Inbox() {
        public String name() {
          return "a plain one that keeps what it receives (BENCH_SMTP=greenmail for GreenMail)";
        }

        public int port() {
          return server.port();
        }

        public List<MimeMessage> received() {
          return List.copyOf(server.received());
        }

        public void clear() {
          server.received().clear();
        }

        public void close() throws IOException {
          server.close();
        }
      };
    }
  }

  /**
   * CPU time spent by Sésame's process and by this one (the SMTP server, and the client reading
   * downloads): on a shared machine, what each letter costs whatever else runs.
   */
  private static final class CpuTime {
    private static final double TICK_MS = 10; // USER_HZ is 100 on Linux
    private final Path stat;

    CpuTime(long pid) {
      this.stat = Path.of("/proc/" + pid + "/stat");
    }

    record Mark(CpuTime cpu, double appMs, double ownMs) {
      String perLetter(int letters) {
        return String.format(
            Locale.ROOT,
            "CPU per letter: Sésame %.1f ms, benchmark and SMTP server %.1f ms",
            (cpu.appMs() - appMs) / letters,
            (ownNow() - ownMs) / letters);
      }

      private static double ownNow() {
        return ((com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime()
            / 1e6;
      }
    }

    Mark mark() {
      return new Mark(this, appMs(), Mark.ownNow());
    }

    private double appMs() {
      try {
        String line = Files.readString(stat);
        // Fields after the command name (in parentheses): utime and stime are the 12th and 13th.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
      } catch (IOException e) {
        return Double.NaN;
      }
    }
  }

  private static void print(String what, int letters, long nanos, String more) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-18s %6d letters %7.2f s %7.0f letters/s  %s%n",
        what,
        letters,
        seconds,
        letters / seconds,
        more);
  }

  private void awaitReady(Process app, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("Sésame stopped while starting:\n" + Files.readString(log));
      }
      try {
        HttpRequest ready =
            HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Sésame was not ready within 4 minutes");
  }

  private void signIn() throws Exception {
    http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/auth/me")).build(),
        HttpResponse.BodyHandlers.discarding());
    send("POST", "/api/auth/login", Map.of("username", "admin", "password", PASSWORD), 200);
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private void importAccounts(String kind, int count, boolean email) throws Exception {
    StringBuilder csv = new StringBuilder("type;nom;prenom;email;mode_connexion\r\n");
    for (int i = 0; i < count; i++) {
      String name = kind + String.format("%05d", i);
      csv.append(kind)
          .append(';')
          .append(name)
          .append(";Camille;")
          .append(email ? name.toLowerCase(Locale.ROOT) + "@example.fr" : "")
          .append(";DIRECT\r\n");
    }
    String boundary = "----" + UUID.randomUUID();
    byte[] body =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"accounts.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + csv
                + "\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/accounts/import?dryRun=false"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(answer, 200);
  }

  private String templateId(String audience) throws Exception {
    String page = get("/api/templates?audience=" + audience + "&variant=QR&language=fr");
    return JsonPath.read(page, "$.items[0].id");
  }

  private String createSend(String template, String audience, String output, int expected)
      throws Exception {
    String send =
        send(
            "POST",
            "/api/sends",
            Map.of("templateId", template, "audience", audience, "output", output),
            201);
    int eligible = JsonPath.read(send, "$.eligible");
    if (eligible != expected) {
      throw new IllegalStateException(eligible + " letters in the send, not " + expected);
    }
    return JsonPath.read(send, "$.id");
  }

  private long document(String send) throws Exception {
    HttpResponse<InputStream> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/sends/" + send + "/document")).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("document: " + answer.statusCode());
    }
    long bytes = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = answer.body()) {
      for (int read; (read = in.read(buffer)) > 0; ) {
        bytes += read;
      }
    }
    return bytes;
  }

  private void awaitDone(String send) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      String state = get("/api/sends/" + send);
      if ("DONE".equals(JsonPath.read(state, "$.state"))) {
        int done = JsonPath.read(state, "$.done");
        int failed = JsonPath.read(state, "$.failed");
        if (done != MAILED || failed != 0) {
          throw new IllegalStateException("e-mail send ended with " + state);
        }
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the e-mail send did not end within 10 minutes");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    expect(answer, 200);
    return answer.body();
  }

  private String send(String method, String path, Map<String, ?> json, int status)
      throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf())
                .method(method, HttpRequest.BodyPublishers.ofString(json(json)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    expect(answer, status);
    return answer.body();
  }

  private static void expect(HttpResponse<String> answer, int status) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          answer.request().method()
              + " "
              + answer.request().uri()
              + ": "
              + answer.statusCode()
              + " "
              + answer.body());
    }
  }

  private static String json(Map<String, ?> values) {
    StringBuilder json = new StringBuilder("{");
    values.forEach(
        (key, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append('"').append(key).append("\":\"").append(value).append('"');
        });
    return json.append('}').toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
