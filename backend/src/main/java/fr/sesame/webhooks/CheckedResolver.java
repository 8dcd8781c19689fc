package fr.sesame.webhooks;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.resolver.SimpleNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The name resolver of the webhook HTTP client: looks host names up off the event loop and applies
 * the {@link AddressPolicy} to the very addresses the client then connects to, so a host whose DNS
 * answer changes between the dispatcher's check and the connection (DNS rebinding) still cannot
 * reach an internal address.
 */
final class CheckedResolver extends AddressResolverGroup<InetSocketAddress> {

  private final AddressPolicy policy;

  CheckedResolver(AddressPolicy policy) {
    this.policy = policy;
  }

  @Override
  protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
    return new InetSocketAddressResolver(executor, new Names(executor, policy));
  }

  private static final class Names extends SimpleNameResolver<InetAddress> {

    private final AddressPolicy policy;

    Names(EventExecutor executor, AddressPolicy policy) {
      super(executor);
      this.policy = policy;
    }

    @Override
    protected void doResolve(String host, Promise<InetAddress> promise) {
      lookUp(host).subscribe(found -> promise.trySuccess(found.get(0)), promise::tryFailure);
    }

    @Override
    protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
      lookUp(host).subscribe(promise::trySuccess, promise::tryFailure);
    }

    private Mono<List<InetAddress>> lookUp(String host) {
      return Mono.fromCallable(() -> policy.resolve(host)).subscribeOn(Schedulers.boundedElastic());
    }
  }
}
