package fr.sesame.audit;

import fr.sesame.web.PageResponse;
import fr.sesame.web.SpreadsheetCsv;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/audit-events}: the journal, for the console's « Journal » and for programs. */
@RestController
@RequestMapping("/api/audit-events")
@Validated
class AuditController {

  private static final String[] HEADER = {
    "occurredAt", "actor", "action", "targetType", "targetId", "clientAddress", "details"
  };

  private final AuditEvents events;
  private final JsonMapper json;

  AuditController(AuditEvents events, JsonMapper json) {
    this.events = events;
    this.json = json;
  }

  @GetMapping
  Mono<PageResponse<AuditEvent>> list(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) UUID accountId,
      @RequestParam(required = false) UUID sendId,
      @RequestParam(required = false) OffsetDateTime from,
      @RequestParam(required = false) OffsetDateTime to,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    AuditFilter filter = new AuditFilter(actor, action, accountId, sendId, from, to);
    return Mono.zip(
            events.count(filter), events.find(filter, size, (long) page * size).collectList())
        .map(found -> new PageResponse<>(found.getT2(), found.getT1(), page, size));
  }

  /** Every matching event as CSV, streamed from the database as it is read. */
  @GetMapping(path = "/export", produces = "text/csv")
  @ApiResponse(
      responseCode = "200",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<Flux<DataBuffer>> export(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) UUID accountId,
      @RequestParam(required = false) UUID sendId,
      @RequestParam(required = false) OffsetDateTime from,
      @RequestParam(required = false) OffsetDateTime to) {
    AuditFilter filter = new AuditFilter(actor, action, accountId, sendId, from, to);
    Flux<String> lines =
        Flux.concat(
            Mono.just(SpreadsheetCsv.BOM + SpreadsheetCsv.line(Arrays.asList(HEADER))),
            events.find(filter, null, 0).map(this::line));
    return SpreadsheetCsv.attachment("journal.csv", lines);
  }

  private String line(AuditEvent event) {
    return SpreadsheetCsv.line(
        Arrays.asList(
            event.occurredAt().toString(),
            event.actor(),
            event.action(),
            event.targetType(),
            event.targetId(),
            event.clientAddress(),
            json.writeValueAsString(event.details())));
  }
}
