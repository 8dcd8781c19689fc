package fr.sesame.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * The test's HTTP client draws multipart boundaries from a {@code SecureRandom} that reads {@code
 * /dev/urandom} on its own event loop. That is the test client, not Sésame: allowed there only, so
 * the server's threads stay fully watched.
 */
public class TestClientBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside(
        "org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
  }
}
