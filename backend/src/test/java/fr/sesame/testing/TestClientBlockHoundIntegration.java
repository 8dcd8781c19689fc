package fr.sesame.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Three allowances, each narrower than the rule it bends:
 *
 * <ul>
 *   <li>The test's HTTP client draws multipart boundaries from a {@code SecureRandom} that reads
 *       {@code /dev/urandom} on its own event loop. That is the test client, not Sésame.
 *   <li>springdoc builds the API document once, under a lock, on its pre-loading thread (so its
 *       classpath scan never runs on an event loop). A test that asks for {@code /v3/api-docs} in
 *       the first second of a fresh context waits on that lock; the wait is allowed, the build is
 *       still done off the event loop by pre-loading.
 *   <li>The database driver's SCRAM sign-in (the embedded server takes only a password) draws its
 *       nonce from {@code SecureRandom}, which reads {@code /dev/urandom}: a read that never waits,
 *       once per new pooled connection.
 * </ul>
 */
public class TestClientBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside(
        "org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
    builder.allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi");
    builder.allowBlockingCallsInside("com.ongres.scram.common.ScramFunctions", "nonce");
  }
}
