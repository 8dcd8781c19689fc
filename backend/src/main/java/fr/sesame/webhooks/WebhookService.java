package fr.sesame.webhooks;

import fr.sesame.SesameProperties;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.credentials.SecretBox;
import fr.sesame.security.SecureTokens;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Registers, lists and deletes webhooks, and reads their delivery logs. Changes are audited. */
@Service
class WebhookService {

  private static final int SECRET_BYTES = 32;

  private final WebhookRepository webhooks;
  private final AddressPolicy policy;
  private final SecureTokens tokens;
  private final SecretBox box;
  private final AuditLog audit;
  private final TransactionalOperator transaction;
  private final Clock clock;

  WebhookService(
      WebhookRepository webhooks,
      SesameProperties properties,
      SecureTokens tokens,
      SecretBox box,
      AuditLog audit,
      TransactionalOperator transaction,
      Clock clock) {
    this.webhooks = webhooks;
    this.policy = new AddressPolicy(properties.webhooks().allowPrivateNetwork());
    this.tokens = tokens;
    this.box = box;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Checks the URL (its host looked up off the event loop) and the events, then stores the webhook
   * with a new secret, which only this answer shows.
   */
  Mono<CreatedWebhook> create(WebhookInput input, Actor actor) {
    List<String> events = input.events().stream().distinct().toList();
    for (String event : events) {
      if (event == null || !WebhookEvents.TYPES.contains(event)) {
        return Mono.error(
            invalid(
                "events",
                Message.of(
                    "webhook.unknownEvent",
                    String.valueOf(event),
                    String.join(", ", WebhookEvents.TYPES))));
      }
    }
    URI uri;
    try {
      uri = policy.parse(input.url());
    } catch (AddressPolicy.Refused refused) {
      return Mono.error(invalid("url", refused.reason()));
    }
    String host = AddressPolicy.host(uri);
    String secret = "whsec_" + tokens.urlSafe(SECRET_BYTES);
    return Mono.fromCallable(() -> policy.resolve(host))
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorMap(AddressPolicy.Refused.class, refused -> invalid("url", refused.reason()))
        .then(
            webhooks
                .insert(uri.toString(), events, box.seal(secret), now(), actor.name())
                .flatMap(
                    webhook ->
                        audit
                            // The host only: a receiver's path or query may carry its own token.
                            .record(
                                actor,
                                "WEBHOOK_CREATED",
                                "WEBHOOK",
                                webhook.id(),
                                Map.of("host", host, "events", events))
                            .thenReturn(new CreatedWebhook(webhook, secret)))
                .as(transaction::transactional));
  }

  Flux<Webhook> list() {
    return webhooks.live();
  }

  /** Soft delete: the webhook gets nothing more, pending deliveries included. */
  Mono<Void> delete(UUID id, Actor actor) {
    return webhooks
        .delete(id, now())
        .flatMap(
            deleted ->
                deleted
                    ? audit.record(actor, "WEBHOOK_DELETED", "WEBHOOK", id, Map.of())
                    : Mono.error(notFound()))
        .as(transaction::transactional);
  }

  Mono<PageResponse<WebhookDelivery>> deliveries(UUID id, int page, int size) {
    return webhooks
        .exists(id)
        .flatMap(
            exists ->
                exists
                    ? Mono.zip(
                        webhooks.countDeliveries(id),
                        webhooks.deliveries(id, size, (long) page * size).collectList())
                    : Mono.error(notFound()))
        .map(found -> new PageResponse<>(found.getT2(), found.getT1(), page, size));
  }

  private static ProblemException invalid(String field, Message message) {
    return ProblemException.invalidFields(List.of(new ProblemException.FieldError(field, message)));
  }

  private static ProblemException notFound() {
    return new ProblemException(ProblemType.NOT_FOUND, Message.of("webhook.notFound"));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
