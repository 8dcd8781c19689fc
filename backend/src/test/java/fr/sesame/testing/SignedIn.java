package fr.sesame.testing;

import org.springframework.test.web.reactive.server.WebTestClient;

/** A console session of the test administrator. */
public final class SignedIn {

  private SignedIn() {}

  public static WebTestClient admin(WebTestClient base) {
    // Import reports of 20,000 lines are larger than the client's default 256 KB buffer.
    WebTestClient roomy =
        base.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 << 20)).build();
    BrowserLikeClient browser = new BrowserLikeClient(roomy, true);
    browser.signIn("admin", "test-admin-password").expectStatus().isOk();
    return browser.client();
  }
}
