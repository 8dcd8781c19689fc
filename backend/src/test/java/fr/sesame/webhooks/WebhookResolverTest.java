package fr.sesame.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.resolver.AddressResolver;
import io.netty.util.concurrent.DefaultEventExecutor;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The webhook HTTP client's resolver applies the address policy to the addresses it connects to, so
 * a host whose DNS answer changed since the dispatcher's check is still refused.
 */
class WebhookResolverTest {

  private final DefaultEventExecutor loop = new DefaultEventExecutor();

  @AfterEach
  void stop() {
    loop.shutdownGracefully();
  }

  @Test
  void aNameThatResolvesToLoopbackIsRefusedAtConnectionTime() throws Exception {
    Future<InetSocketAddress> resolved = resolve(new AddressPolicy(false), "localhost");
    assertThat(resolved.await(5_000)).isTrue();
    assertThat(resolved.isSuccess()).isFalse();
    assertThat(resolved.cause())
        .isInstanceOf(AddressPolicy.Refused.class)
        .hasMessageContaining("webhook.address.loopback");
  }

  @Test
  void privateNetworksAllowedTheNameResolves() throws Exception {
    Future<InetSocketAddress> resolved = resolve(new AddressPolicy(true), "localhost");
    assertThat(resolved.await(5_000)).isTrue();
    assertThat(resolved.getNow().getAddress().isLoopbackAddress()).isTrue();
    assertThat(resolved.getNow().getPort()).isEqualTo(8443);
  }

  private Future<InetSocketAddress> resolve(AddressPolicy policy, String host) {
    AddressResolver<InetSocketAddress> resolver = new CheckedResolver(policy).getResolver(loop);
    return resolver.resolve(InetSocketAddress.createUnresolved(host, 8443));
  }
}
