package fr.sesame.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;

/** A plain HTTP client, with or without a console session, that sends bytes exactly as given. */
final class Http {

  record Answer(int status, HttpHeaders headers, String body) {
    String contentType() {
      return headers.getFirst(HttpHeaders.CONTENT_TYPE);
    }
  }

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Http(int port, boolean keepsCookies) {
    this.base = "http://localhost:" + port;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10));
    if (keepsCookies) {
      builder.cookieHandler(cookies);
    }
    this.client = builder.build();
  }

  /** Signs in as the test administrator, as the console does. */
  Http signIn() {
    send("GET", "/api/auth/me", null, null, true);
    Answer answer =
        send(
            "POST",
            "/api/auth/login",
            "application/json",
            "{\"username\":\"admin\",\"password\":\"test-admin-password\"}",
            true);
    if (answer.status() != 200) {
      throw new IllegalStateException("sign-in answered " + answer.status());
    }
    return this;
  }

  String csrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  Answer send(String method, String uri, String contentType, Object body, boolean withCsrf) {
    HttpRequest.BodyPublisher publisher;
    if (body == null) {
      publisher = HttpRequest.BodyPublishers.noBody();
    } else if (body instanceof byte[] bytes) {
      publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
    } else {
      publisher = HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + uri))
            .timeout(Duration.ofSeconds(30))
            .method(method.toUpperCase(java.util.Locale.ROOT), publisher);
    // One connection per request: what one edge case leaves on a connection never reaches the next.
    request.header("Connection", "close");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    String token = csrf();
    if (withCsrf && token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    try {
      HttpResponse<InputStream> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      HttpHeaders headers = new HttpHeaders();
      response.headers().map().forEach((name, values) -> headers.addAll(name, values));
      String type = headers.getFirst(HttpHeaders.CONTENT_TYPE);
      String text = null;
      try (InputStream in = response.body()) {
        // Documents and event streams are not read: only JSON is checked against its schema.
        if (type != null && type.contains("json")) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return new Answer(response.statusCode(), headers, text);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
