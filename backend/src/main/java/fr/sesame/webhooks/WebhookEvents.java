package fr.sesame.webhooks;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event to the webhooks subscribed to its type: one delivery row each, in one
 * statement, posted later by the dispatcher. Run inside the caller's transaction, the event exists
 * if and only if the change it tells about was committed. Data must hold ids, names and counts
 * only: never a password, code, token or key.
 */
@Component
public class WebhookEvents {

  /** A recipient chose their password through a letter: accountId, login, kind, credentialId. */
  public static final String LETTER_ACTIVATED = "letter.activated";

  /** A letter was locked by its fifth wrong code: accountId, credentialId. */
  public static final String LETTER_LOCKED = "letter.locked";

  /** A send reached {@code DONE}: sendId, output, eligible, done, failed. */
  public static final String SEND_COMPLETED = "send.completed";

  static final List<String> TYPES = List.of(LETTER_ACTIVATED, LETTER_LOCKED, SEND_COMPLETED);

  private final DeliveryRepository deliveries;
  private final JsonMapper json;
  private final Clock clock;
  // Seeded once here, so drawing an event id reads no file on an event-loop thread.
  private final SecureRandom random;

  WebhookEvents(DeliveryRepository deliveries, JsonMapper json, Clock clock) {
    this.deliveries = deliveries;
    this.json = json;
    this.clock = clock;
    try {
      this.random = SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("No DRBG SecureRandom in this JVM", e);
    }
    random.nextBytes(new byte[1]);
  }

  /**
   * Queues {@code {"id","type","occurredAt","data"}} for every live webhook subscribed to {@code
   * type}; the id and the body stay the same at every retry.
   */
  public Mono<Void> publish(String type, Map<String, ?> data) {
    if (!TYPES.contains(type)) {
      return Mono.error(new IllegalArgumentException("Unknown webhook event " + type));
    }
    return Mono.defer(
        () -> {
          UUID id = randomUuid();
          Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
          Map<String, Object> event = new LinkedHashMap<>();
          event.put("id", id.toString());
          event.put("type", type);
          event.put("occurredAt", now.toString());
          event.put("data", data);
          return deliveries
              .enqueue(id, type, json.writeValueAsString(event), now.atOffset(ZoneOffset.UTC))
              .then();
        });
  }

  private UUID randomUuid() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3F) | 0x80); // IETF variant
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
