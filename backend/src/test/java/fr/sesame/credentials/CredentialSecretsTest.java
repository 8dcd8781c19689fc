package fr.sesame.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameProperties;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class CredentialSecretsTest {

  static CredentialSecrets withKey(String key) {
    MockEnvironment environment = new MockEnvironment().withProperty("sesame.secret-key", key);
    SesameProperties properties =
        new SesameProperties(Path.of("unused"), null, null, null, null, null, null, null, null);
    return new CredentialSecrets(new ServerKey(properties, environment));
  }

  final CredentialSecrets secrets = withKey("a-test-key-of-at-least-thirty-two-characters");
  final UUID id = UUID.fromString("3f2b8c1e-0d5a-4b8e-9a43-1f6f1b2c3d4e");

  @Test
  void tokenCarriesTheIdsPrefixAnd128BitsOfMacAndIsStable() {
    String token = secrets.token(id);
    assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]+");
    assertThat(Base64.getUrlDecoder().decode(token)).hasSize(24);
    assertThat(secrets.token(id)).as("a re-printed letter carries the same token").isEqualTo(token);
    assertThat(secrets.idPrefixOf(token)).hasValue(id.getMostSignificantBits());
    assertThat(secrets.genuine(token, id)).isTrue();
    UUID sameprefix = new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits() + 1);
    assertThat(secrets.genuine(token, sameprefix))
        .as("ids sharing the prefix are told apart by the MAC")
        .isFalse();
  }

  @Test
  void forgedOrForeignTokensAreRefused() {
    String token = secrets.token(id);
    char last = token.charAt(10);
    String tampered = token.substring(0, 10) + (last == 'A' ? 'B' : 'A') + token.substring(11);
    assertThat(secrets.genuine(tampered, id)).isFalse();
    assertThat(secrets.idPrefixOf("not base64 !")).isEmpty();
    assertThat(secrets.genuine("not base64 !", id)).isFalse();
    assertThat(secrets.idPrefixOf(token.substring(0, 28))).isEmpty();
    assertThat(secrets.genuine(token.substring(0, 28), id)).isFalse();
    CredentialSecrets otherDeployment = withKey("another-deployment-key-thirty-two-characters");
    assertThat(otherDeployment.genuine(token, id)).isFalse();
  }

  @Test
  void codesAreStableAndLookRandom() {
    assertThat(secrets.securityCode(id)).matches("[0-9]{6}").isEqualTo(secrets.securityCode(id));
    assertThat(secrets.activationCode(id))
        .hasSize(12)
        .matches("[" + CredentialSecrets.CODE_ALPHABET + "]+")
        .isEqualTo(secrets.activationCode(id));
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      codes.add(secrets.securityCode(UUID.randomUUID()));
    }
    assertThat(codes).as("1,000 letters, nearly all different codes").hasSizeGreaterThan(990);
  }

  @Test
  void refusesAShortKey() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> withKey("short"))
        .hasMessageContaining("at least 32");
  }
}
