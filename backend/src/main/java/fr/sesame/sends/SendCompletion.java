package fr.sesame.sends;

import fr.sesame.webhooks.WebhookEvents;
import io.r2dbc.spi.Readable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Tells the webhooks that a send reached {@code DONE} ({@code send.completed}), from inside the
 * transaction that made it so: at creation (PDF), when the outbox finishes its last e-mail, when
 * the printer completes the job.
 */
@Component
class SendCompletion {

  /** The columns of {@code send} the event carries, for a {@code returning} clause. */
  static final String COLUMNS = "id, output, eligible, done, failed, to_print, refused";

  private final WebhookEvents events;

  SendCompletion(WebhookEvents events) {
    this.events = events;
  }

  /** What {@code send.completed} tells, read from a {@link #COLUMNS} row. */
  record Completed(
      UUID sendId,
      SendOutput output,
      int eligible,
      int done,
      int failed,
      int toPrint,
      int refused) {}

  static Completed read(Readable row) {
    return new Completed(
        row.get("id", UUID.class),
        SendOutput.valueOf(row.get("output", String.class)),
        row.get("eligible", Integer.class),
        row.get("done", Integer.class),
        row.get("failed", Integer.class),
        row.get("to_print", Integer.class),
        row.get("refused", Integer.class));
  }

  Mono<Void> publish(Send send) {
    return publish(
        new Completed(
            send.id(),
            send.output(),
            send.eligible(),
            send.done(),
            send.failed(),
            send.toPrint(),
            send.refused()));
  }

  Mono<Void> publish(Completed send) {
    return events.publish(
        WebhookEvents.SEND_COMPLETED,
        Map.of(
            "sendId", send.sendId(),
            "output", send.output().name(),
            "eligible", send.eligible(),
            "done", send.done(),
            "failed", send.failed(),
            // Letters to print, of which e-mails the server refused (550): handed out on paper.
            "toPrint", send.toPrint(),
            "refused", send.refused()));
  }
}
