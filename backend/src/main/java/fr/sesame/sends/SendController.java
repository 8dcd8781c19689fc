package fr.sesame.sends;

import fr.sesame.audit.Actor;
import fr.sesame.web.Caller;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /api/sends}: dry run, send, history, recipients, the letters' PDF. */
@RestController
@RequestMapping("/api/sends")
@Validated
class SendController {

  private final SendService sends;
  private final PrintQueue printing;

  SendController(SendService sends, PrintQueue printing) {
    this.sends = sends;
    this.printing = printing;
  }

  @PostMapping("/dry-run")
  Mono<DryRun> dryRun(@Valid @RequestBody SendRequest request) {
    return sends.dryRun(request);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Send> create(
      @Valid @RequestBody SendRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Caller caller,
      Actor actor) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > 200) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(
                  new ProblemException.FieldError(
                      "Idempotency-Key", Message.of("field.sizeMax", 200)))));
    }
    return sends.create(request, key, caller, actor);
  }

  @GetMapping
  Mono<PageResponse<Send>> list(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return sends.list(page, size);
  }

  @GetMapping("/{id}")
  Mono<Send> get(@PathVariable UUID id) {
    return sends.get(id);
  }

  @GetMapping("/{id}/recipients")
  Mono<PageResponse<SendRecipient>> recipients(
      @PathVariable UUID id,
      @RequestParam(required = false)
          @Pattern(
              regexp = "ISSUED|DELIVERED|OPENED|CODE_VERIFIED|USED|EXPIRED|REVOKED|LOCKED|FAILED",
              message = "must be a letter state such as ISSUED or USED")
          String state,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return sends.recipients(id, state, page, size);
  }

  /**
   * Server-Sent Events: the send's counts as they change, until it ends or the caller's session or
   * key does. At most a few streams per caller.
   */
  @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
              // The stream's text; each event's data is a Send as one line of JSON.
              schema = @Schema(type = "string")))
  Flux<ServerSentEvent<Send>> events(
      @PathVariable UUID id, Caller caller, ServerWebExchange exchange) {
    return sends
        .progress(id, caller, exchange)
        .map(
            send ->
                ServerSentEvent.builder(send)
                    .event("progress")
                    .id(String.valueOf(send.done()))
                    .build());
  }

  @PostMapping("/{id}/cancel")
  Mono<Send> cancel(@PathVariable UUID id, Actor actor) {
    return sends.cancel(id, actor).flatMap(printing::cancelled);
  }

  /** Revokes the send's letters that could still be used. */
  @PostMapping("/{id}/revoke")
  Mono<Revoked> revoke(@PathVariable UUID id, Actor actor) {
    return sends
        .revoke(id, actor)
        .flatMap(
            count -> sends.get(id).flatMap(printing::cancelled).thenReturn(new Revoked(count)));
  }

  /** How many letters a revocation ended. */
  record Revoked(long affected) {}

  @GetMapping(path = "/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  Mono<ResponseEntity<Flux<DataBuffer>>> document(@PathVariable UUID id, Actor actor) {
    return sends
        .document(id, actor)
        .map(
            pdf ->
                ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .cacheControl(CacheControl.noStore())
                    .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                            .filename("lettres-" + id + ".pdf")
                            .build()
                            .toString())
                    .body(pdf));
  }
}
