package fr.sesame.activation;

import fr.sesame.SesameApplication;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.cookie.ClientCookieDecoder;
import io.netty.handler.codec.http.cookie.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The activation endpoint under attack: Sésame starts (embedded database, fresh data directory),
 * then {@code RATE} wrong-code attempts per second hit {@code /api/activation/verify} for {@code
 * SECONDS} seconds while an administrator signs in and lists accounts. Prints the attack's answers
 * and the administrator's latencies. Run with {@code make load-test}.
 */
public final class ActivationUnderAttack {

  private static final String PASSWORD = "load-test-admin-password";
  private static final int IN_FLIGHT = 256;

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path data = Files.createTempDirectory("sesame-load-");
    ConfigurableApplicationContext app =
        SpringApplication.run(
            SesameApplication.class,
            "--server.port=0",
            "--sesame.data-dir=" + data,
            "--sesame.admin.password=" + PASSWORD,
            "--logging.level.root=warn",
            "--logging.level.fr.sesame=warn");
    String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    // The attacker and the administrator are two machines: two connection pools.
    HttpClient attackerHttp =
        HttpClient.create(ConnectionProvider.builder("attacker").maxConnections(IN_FLIGHT).build())
            .baseUrl(base);
    HttpClient http =
        HttpClient.create(ConnectionProvider.builder("admin").maxConnections(16).build())
            .baseUrl(base);
    try {
      Browser attacker = new Browser(attackerHttp);
      attacker.get("/api/activation/policy").block();
      Browser admin = new Browser(http);
      admin.get("/api/auth/me").block();
      String login = "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}";
      admin.post("/api/auth/login", login).block();

      Map<Integer, AtomicLong> statuses = new ConcurrentSkipListMap<>();
      List<Long> attackNanos = Collections.synchronizedList(new ArrayList<>());
      List<Long> listNanos = Collections.synchronizedList(new ArrayList<>());
      List<Long> signInNanos = Collections.synchronizedList(new ArrayList<>());
      AtomicLong dropped = new AtomicLong();
      Duration duration = Duration.ofSeconds(seconds);
      long start = System.nanoTime();

      Mono<Void> attack =
          Flux.interval(Duration.ofNanos(1_000_000_000L / rate))
              .take(duration)
              // Attempts that find IN_FLIGHT still unanswered are not sent, and counted.
              .onBackpressureDrop(i -> dropped.incrementAndGet())
              .flatMap(
                  i -> {
                    long sent = System.nanoTime();
                    return attacker
                        .post(
                            "/api/activation/verify",
                            "{\"token\":\"forged-" + i + "\",\"code\":\"123456\"}")
                        .doOnNext(
                            status -> {
                              attackNanos.add(System.nanoTime() - sent);
                              statuses
                                  .computeIfAbsent(status, s -> new AtomicLong())
                                  .incrementAndGet();
                            });
                  },
                  IN_FLIGHT)
              .then();
      Mono<Void> listing =
          Flux.interval(Duration.ofMillis(100))
              .take(duration)
              .onBackpressureDrop()
              .concatMap(i -> timed(admin.get("/api/accounts?size=50"), listNanos))
              .then();
      Browser signer = new Browser(http);
      signer.get("/api/auth/me").block();
      Mono<Void> signingIn =
          Flux.interval(Duration.ofSeconds(1))
              .take(duration)
              .onBackpressureDrop()
              .concatMap(i -> timed(signer.post("/api/auth/login", login), signInNanos))
              .then();
      Mono.when(attack, listing, signingIn).block(duration.plusMinutes(2));
      double elapsed = (System.nanoTime() - start) / 1e9;

      long answered = statuses.values().stream().mapToLong(AtomicLong::get).sum();
      System.out.printf(
          Locale.ROOT,
          "%n%d cores. Attack at %,d/s: %,d wrong-code attempts answered in %.1f s (%.0f/s),"
              + " statuses %s, %,d not sent ("
              + IN_FLIGHT
              + " already in flight)%n",
          Runtime.getRuntime().availableProcessors(),
          rate,
          answered,
          elapsed,
          answered / elapsed,
          statuses,
          dropped.get());
      print("attack (verify)", attackNanos);
      print("admin: list 50 accounts", listNanos);
      print("admin: sign in (Argon2id)", signInNanos);
    } finally {
      app.close();
    }
  }

  private static Mono<Integer> timed(Mono<Integer> call, List<Long> nanos) {
    return Mono.defer(
        () -> {
          long sent = System.nanoTime();
          return call.doOnNext(status -> nanos.add(System.nanoTime() - sent));
        });
  }

  private static void print(String what, List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      System.out.printf("%-28s no answer%n", what);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%-28s n=%,7d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
        what,
        sorted.size(),
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  /** Keeps cookies and echoes the CSRF cookie as a header, as the console does. */
  private static final class Browser {
    private final HttpClient http;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    Browser(HttpClient http) {
      this.http = http;
    }

    Mono<Integer> get(String uri) {
      return send(http.headers(this::headers).get().uri(uri));
    }

    Mono<Integer> post(String uri, String json) {
      return send(
          http.headers(
                  headers -> {
                    headers(headers);
                    headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
                    headers.set("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
                  })
              .post()
              .uri(uri)
              .send(
                  ByteBufFlux.fromString(
                      Mono.just(json), StandardCharsets.UTF_8, ByteBufAllocator.DEFAULT)));
    }

    private void headers(HttpHeaders headers) {
      if (!cookies.isEmpty()) {
        headers.set(
            HttpHeaderNames.COOKIE,
            String.join(
                "; ",
                cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
    }

    private Mono<Integer> send(HttpClient.ResponseReceiver<?> request) {
      return request.responseSingle(
          (response, body) -> {
            for (String header : response.responseHeaders().getAll(HttpHeaderNames.SET_COOKIE)) {
              Cookie cookie = ClientCookieDecoder.LAX.decode(header);
              if (cookie != null) {
                cookies.put(cookie.name(), cookie.value());
              }
            }
            return body.asString().defaultIfEmpty("").thenReturn(response.status().code());
          });
    }
  }
}
