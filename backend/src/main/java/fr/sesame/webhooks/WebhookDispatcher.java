package fr.sesame.webhooks;

import fr.sesame.SesameProperties;
import fr.sesame.background.Backoff;
import fr.sesame.background.Outbox;
import fr.sesame.background.Poller;
import fr.sesame.web.Languages;
import fr.sesame.web.Messages;
import io.netty.channel.ChannelOption;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Posts the deliveries waiting in the webhook outbox, every {@code POLL}: checks the URL and the
 * addresses its host resolves to again (DNS can change after registration), then posts the event's
 * fixed body, signed now. A {@code 2xx} delivers it; anything else is retried with growing waits
 * (10 s doubling, at most an hour) and marked failed after {@code sesame.webhooks.max-attempts}.
 * Redirects are not followed. The secret is never logged.
 */
@Component
class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));
  private static final int BATCH = 20;
  private static final int CONCURRENCY = 8;
  private static final int MAX_ERROR_LENGTH = 500;

  private final Messages messages;
  private final DeliveryRepository deliveries;
  private final SesameProperties.Webhooks settings;
  private final AddressPolicy policy;
  private final WebClient client;
  private final Clock clock;
  private Disposable polling;

  WebhookDispatcher(
      DeliveryRepository deliveries, SesameProperties properties, Clock clock, Messages messages) {
    this.deliveries = deliveries;
    this.messages = messages;
    this.settings = properties.webhooks();
    this.policy = new AddressPolicy(settings.allowPrivateNetwork());
    this.clock = clock;
    // A fresh connection per delivery: receivers are many and rarely called, and a pooled
    // connection the receiver has since closed would fail a try for nothing.
    HttpClient http =
        HttpClient.create(ConnectionProvider.newConnection())
            .followRedirect(false)
            .resolver(new CheckedResolver(policy))
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.timeout().toMillis())
            .responseTimeout(settings.timeout());
    this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    polling = Poller.every(POLL, this::drain, log, "The webhook outbox");
  }

  /** Posts all that can be claimed now, batch after batch, then waits for the next poll. */
  Mono<Void> drain() {
    return Outbox.drain(BATCH, this::claim, this::deliver, CONCURRENCY);
  }

  private Flux<DeliveryRepository.Item> claim() {
    OffsetDateTime now = now();
    Duration lease = settings.timeout().plus(Duration.ofMinutes(1));
    return deliveries.claim(now, now.plus(lease), BATCH);
  }

  private Mono<Void> deliver(DeliveryRepository.Item item) {
    return Mono.defer(
            () -> {
              URI uri;
              try {
                uri = policy.parse(item.url());
              } catch (AddressPolicy.Refused refused) {
                return Mono.error(refused);
              }
              String host = AddressPolicy.host(uri);
              return Mono.fromCallable(() -> policy.resolve(host))
                  .subscribeOn(Schedulers.boundedElastic())
                  .then(post(uri, item));
            })
        .flatMap(
            status ->
                status >= 200 && status < 300
                    ? deliveries.delivered(item, status, now())
                    : notDelivered(item, status, "HTTP " + status + redirectNote(status)))
        .onErrorResume(error -> notDelivered(item, null, reason(error)));
  }

  private Mono<Integer> post(URI uri, DeliveryRepository.Item item) {
    return Mono.defer(
        () -> {
          byte[] body = item.payload().getBytes(StandardCharsets.UTF_8);
          long timestamp = clock.instant().getEpochSecond();
          return client
              .post()
              .uri(uri)
              .contentType(MediaType.APPLICATION_JSON)
              .header("User-Agent", "Sesame-Webhooks/1")
              .header("Sesame-Event", item.type())
              .header("Sesame-Delivery", item.eventId().toString())
              .header("Sesame-Signature", WebhookSignature.header(item.secret(), timestamp, body))
              .bodyValue(body)
              .exchangeToMono(
                  response -> response.releaseBody().thenReturn(response.statusCode().value()))
              .timeout(settings.timeout());
        });
  }

  private Mono<Void> notDelivered(DeliveryRepository.Item item, Integer status, String reason) {
    return Outbox.failed(
        item.attempts(),
        settings.maxAttempts(),
        BACKOFF,
        () -> {
          log.warn(
              "Webhook delivery {} ({}) failed for good after {} tries: {}",
              item.id(),
              item.type(),
              item.attempts(),
              reason);
          return deliveries.failed(item, status, reason);
        },
        wait -> {
          log.info(
              "Webhook delivery {} ({}) failed, will retry: {}", item.id(), item.type(), reason);
          return deliveries.retry(item, status, reason, now().plus(wait));
        });
  }

  private static String redirectNote(int status) {
    return status >= 300 && status < 400 ? " (redirects are not followed)" : "";
  }

  private String reason(Throwable error) {
    if (error instanceof TimeoutException) {
      return "no answer within " + settings.timeout().toSeconds() + " s";
    }
    AddressPolicy.Refused refused = refusedIn(error);
    // The delivery log is stored text, in English like its other reasons.
    String message =
        refused != null
            ? messages.text(refused.reason(), Languages.ENGLISH)
            : error.getMessage() == null ? error.toString() : error.getMessage();
    return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
  }

  private static AddressPolicy.Refused refusedIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof AddressPolicy.Refused refused) {
        return refused;
      }
    }
    return null;
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.dispose();
    }
  }
}
