package fr.sesame.identity;

import static fr.sesame.testing.Uploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** « Paramètres › Identité »: the establishment, its logo and the address QR codes open. */
@ApplicationTest
class IdentityJourneyTest {

  @Autowired WebTestClient webTestClient;
  WebTestClient client;

  @BeforeEach
  void signIn() {
    client = SignedIn.admin(webTestClient);
  }

  @Test
  void savesANormalisedIdentity() {
    put(Map.of(
            "name", "Collège Jean Moulin",
            "uai", "0751234j",
            "address", "12 rue des Écoles\n75005 Paris",
            "publicUrl", "HTTPS://Sesame.College.fr"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.uai")
        .isEqualTo("0751234J")
        .jsonPath("$.publicUrl")
        .isEqualTo("https://sesame.college.fr/")
        .jsonPath("$.name")
        .isEqualTo("Collège Jean Moulin");
    client
        .get()
        .uri("/api/identity")
        .exchange()
        .expectBody()
        .jsonPath("$.address")
        .isEqualTo("12 rue des Écoles\n75005 Paris");
  }

  @Test
  void refusesAWrongUaiAndAJavascriptUrlAndKeepsWhatWasStored() {
    put(Map.of("name", "Lycée", "uai", "0751234J", "publicUrl", "https://ok.example.fr/"))
        .expectStatus()
        .isOk();
    put(Map.of("name", "Changed", "uai", "0751234K", "publicUrl", "javascript:alert(1)"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[0].field")
        .isEqualTo("uai")
        .jsonPath("$.errors[0].code")
        .isEqualTo("uai.checkLetter")
        .jsonPath("$.errors[0].message")
        .value(message -> assertThat(message.toString()).contains("lettre de contrôle"))
        .jsonPath("$.errors[1].field")
        .isEqualTo("publicUrl");
    client
        .get()
        .uri("/api/identity")
        .exchange()
        .expectBody()
        .jsonPath("$.name")
        .isEqualTo("Lycée")
        .jsonPath("$.publicUrl")
        .isEqualTo("https://ok.example.fr/");
  }

  @Test
  void uploadsChecksServesAndRemovesTheLogo() throws IOException {
    byte[] png = image("png", 120, 60);
    upload(client, "PUT", "/api/identity/logo", "logo.png", png)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.logoUrl")
        .isEqualTo("/api/identity/logo");
    client
        .get()
        .uri("/api/identity/logo")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.IMAGE_PNG)
        .expectBody(byte[].class)
        .isEqualTo(png);

    upload(client, "PUT", "/api/identity/logo", "logo.jpg", image("jpg", 5000, 40))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].message")
        .value(message -> assertThat(message.toString()).contains("5000×40"));
    upload(client, "PUT", "/api/identity/logo", "logo.png", "<svg onload=alert(1)>".getBytes())
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("file");
    upload(client, "PUT", "/api/identity/logo", "big.png", new byte[1024 * 1024 + 1])
        .expectStatus()
        .isEqualTo(413);
    client.get().uri("/api/identity/logo").exchange().expectBody(byte[].class).isEqualTo(png);

    client.delete().uri("/api/identity/logo").exchange().expectStatus().isNoContent();
    client.get().uri("/api/identity/logo").exchange().expectStatus().isNotFound();
  }

  private WebTestClient.ResponseSpec put(Map<String, String> identity) {
    return client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(identity)
        .exchange();
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, format, bytes);
    return bytes.toByteArray();
  }
}
