package fr.sesame.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.letters.QrDecoding;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.MutableClock;
import fr.sesame.testing.SignedIn;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The front desk issues a parent a fresh letter and shows its QR code on screen. */
@ApplicationTest
class CredentialsJourneyTest {

  @Autowired WebTestClient webTestClient;
  @Autowired MutableClock clock;
  @Autowired CredentialSecrets secrets;
  WebTestClient client;
  UUID parent;

  @BeforeEach
  void setUp() {
    client = SignedIn.admin(webTestClient);
    client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Collège", "publicUrl", "https://sesame.college.fr"))
        .exchange()
        .expectStatus()
        .isOk();
    parent = account("DIRECT");
  }

  @Test
  void aNewLetterRevokesTheOlderOneAndItsQrCodeOpensTheActivationPage() throws Exception {
    Credential first =
        issue(parent, Map.of())
            .expectStatus()
            .isCreated()
            .expectBody(Credential.class)
            .returnResult()
            .getResponseBody();
    assertThat(first.state()).isEqualTo(CredentialState.ISSUED);
    assertThat(Duration.between(first.issuedAt(), first.expiresAt()))
        .isEqualTo(Duration.ofDays(30));
    clock.advance(Duration.ofSeconds(1)); // issued later, listed first
    Credential second =
        issue(parent, Map.of("validityDays", 7))
            .expectStatus()
            .isCreated()
            .expectBody(Credential.class)
            .returnResult()
            .getResponseBody();

    assertThat(list(parent))
        .extracting(Credential::id, Credential::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second.id(), CredentialState.ISSUED),
            org.assertj.core.groups.Tuple.tuple(first.id(), CredentialState.REVOKED));

    byte[] png =
        client
            .get()
            .uri("/api/accounts/" + parent + "/credentials/" + second.id() + "/qr")
            .accept(MediaType.IMAGE_PNG)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType(MediaType.IMAGE_PNG)
            .expectHeader()
            .valueMatches("Cache-Control", ".*no-store.*")
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    String link = QrDecoding.decode(ImageIO.read(new ByteArrayInputStream(png)));
    assertThat(link).isEqualTo("https://sesame.college.fr/activate#" + secrets.token(second.id()));
    assertThat(secrets.genuine(link.substring(link.indexOf('#') + 1), second.id())).isTrue();

    client
        .get()
        .uri("/api/accounts/" + parent + "/credentials/" + second.id() + "/qr")
        .accept(MediaType.parseMediaType("image/svg+xml"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(svg -> assertThat(svg).startsWith("<svg").contains("crispEdges"));
    client
        .get()
        .uri("/api/accounts/" + parent + "/credentials/" + first.id() + "/qr")
        .accept(MediaType.IMAGE_PNG)
        .exchange()
        .expectStatus()
        .isEqualTo(409);
  }

  @Test
  void lettersExpireAndCanBeRevoked() {
    Credential credential =
        issue(parent, Map.of("validityDays", 1))
            .expectBody(Credential.class)
            .returnResult()
            .getResponseBody();
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    client = SignedIn.admin(webTestClient); // the console session has ended too
    assertThat(list(parent))
        .first()
        .extracting(Credential::state)
        .isEqualTo(CredentialState.EXPIRED);
    client
        .get()
        .uri("/api/accounts/" + parent + "/credentials/" + credential.id() + "/qr")
        .accept(MediaType.IMAGE_PNG)
        .exchange()
        .expectStatus()
        .isEqualTo(409);

    clock.advance(Duration.ofSeconds(1)); // issued later, listed first
    issue(parent, Map.of()).expectStatus().isCreated();
    client
        .post()
        .uri("/api/accounts/" + parent + "/credentials/revoke")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.affected")
        .isEqualTo(1);
    assertThat(list(parent))
        .extracting(Credential::state)
        .containsExactly(CredentialState.REVOKED, CredentialState.EXPIRED);
  }

  @Test
  void accountsThatGetNoLetterAreToldWhy() {
    UUID ent = account("ENT");
    issue(ent, Map.of())
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/not-eligible")
        .jsonPath("$.reason")
        .isEqualTo("ENT");
    issue(parent, Map.of("validityDays", 32)).expectStatus().isBadRequest();
    client
        .put()
        .uri("/api/identity")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("name", "Collège"))
        .exchange()
        .expectStatus()
        .isOk();
    issue(parent, Map.of())
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/public-url-missing");
    issue(parent, Map.of("variant", "NO_QR")).expectStatus().isCreated();
    assertThat(list(ent)).isEmpty();
  }

  private UUID account(String mode) {
    return client
        .post()
        .uri("/api/accounts")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "kind",
                "PARENT",
                "lastName",
                "Guichet" + UUID.randomUUID().toString().substring(0, 6),
                "firstName",
                "Anne",
                "connectionMode",
                mode))
        .exchange()
        .expectStatus()
        .isCreated()
        .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
        .returnResult()
        .getResponseBody()
        .get("id")
        .toString()
        .transform(UUID::fromString);
  }

  private WebTestClient.ResponseSpec issue(UUID account, Map<String, Object> body) {
    return client
        .post()
        .uri("/api/accounts/" + account + "/credentials")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private List<Credential> list(UUID account) {
    return client
        .get()
        .uri("/api/accounts/" + account + "/credentials")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(new ParameterizedTypeReference<List<Credential>>() {})
        .returnResult()
        .getResponseBody();
  }
}
