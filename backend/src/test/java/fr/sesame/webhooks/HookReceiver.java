package fr.sesame.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on 127.0.0.1 and a random port (the JDK's own HTTP server): records every
 * request and answers scripted statuses first, then a default one.
 */
final class HookReceiver implements AutoCloseable {

  /** One request as received; header names in lower case. */
  record Received(Instant at, String path, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Queue<Integer> scripted = new ConcurrentLinkedQueue<>();
  private volatile int otherwise = 200;

  HookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers these statuses to the next requests, in order, then the default. */
  void answerFirst(int... statuses) {
    for (int status : statuses) {
      scripted.add(status);
    }
  }

  void answerAlways(int status) {
    otherwise = status;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new TreeMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    received.add(
        new Received(
            Instant.now(),
            exchange.getRequestURI().getPath(),
            headers,
            new String(body, StandardCharsets.UTF_8)));
    Integer next = scripted.poll();
    exchange.sendResponseHeaders(next == null ? otherwise : next, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
