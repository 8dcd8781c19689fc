package fr.sesame.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sesame.SesameProperties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Sealed secrets open with the same server key only, and any change to them is caught. */
class SecretBoxTest {

  @Test
  void sealsSoThatOnlyTheSameServerKeyOpens() {
    SecretBox box = box("a-server-key-that-is-long-enough-0123456789");
    String secret = "whsec_4fQxT0c1bq0m3W1jS8Gz2aJvX9n5yKpR7dLhU6eCiA0";

    String sealed = box.seal(secret);
    assertThat(sealed).startsWith("v1:").doesNotContain(secret).hasSizeLessThan(200);
    assertThat(box.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(box.open(sealed)).isEqualTo(secret);

    assertThatThrownBy(() -> box("another-server-key-that-is-long-enough-987").open(sealed))
        .isInstanceOf(IllegalArgumentException.class);
    char[] altered = sealed.toCharArray();
    altered[10] = altered[10] == 'A' ? 'B' : 'A';
    assertThatThrownBy(() -> box.open(new String(altered)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> box.open(secret)).isInstanceOf(IllegalArgumentException.class);
  }

  private static SecretBox box(String serverKey) {
    return new SecretBox(
        new ServerKey(
            new SesameProperties(Path.of("unused"), null, null, null, null, null, null, null, null),
            new MockEnvironment().withProperty("sesame.secret-key", serverKey)));
  }
}
