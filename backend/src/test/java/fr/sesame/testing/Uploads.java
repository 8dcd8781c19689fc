package fr.sesame.testing;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Sends a file the way a browser form does: multipart field {@code file}. */
public final class Uploads {

  private Uploads() {}

  public static WebTestClient.ResponseSpec upload(
      WebTestClient client, String method, String uri, String fileName, byte[] bytes) {
    MultipartBodyBuilder body = new MultipartBodyBuilder();
    body.part("file", new ByteArrayResource(bytes))
        .filename(fileName)
        .contentType(MediaType.APPLICATION_OCTET_STREAM);
    return client
        .method(org.springframework.http.HttpMethod.valueOf(method))
        .uri(uri)
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(body.build()))
        .exchange();
  }
}
