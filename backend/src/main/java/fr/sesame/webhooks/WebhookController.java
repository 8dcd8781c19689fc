package fr.sesame.webhooks;

import fr.sesame.audit.Actor;
import fr.sesame.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/webhooks}: register (the secret shown once), list, delete, delivery log. */
@RestController
@RequestMapping("/api/webhooks")
@Validated
class WebhookController {

  private final WebhookService webhooks;

  WebhookController(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @GetMapping
  Mono<List<Webhook>> list() {
    return webhooks.list().collectList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<CreatedWebhook> create(@Valid @RequestBody WebhookInput input, Actor actor) {
    return webhooks.create(input, actor);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> delete(@PathVariable UUID id, Actor actor) {
    return webhooks.delete(id, actor);
  }

  @GetMapping("/{id}/deliveries")
  Mono<PageResponse<WebhookDelivery>> deliveries(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return webhooks.deliveries(id, page, size);
  }
}
