package fr.sesame.testing;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reads a list page ({@code {"items":[…],"total":n,…}}) as plain JSON maps. */
public final class JsonPages {

  private JsonPages() {}

  public static Map<String, Object> get(WebTestClient client, String uri) {
    return client
        .get()
        .uri(uri)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody();
  }
}
