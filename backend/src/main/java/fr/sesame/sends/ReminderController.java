package fr.sesame.sends;

import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Following a send through: its reminders and the sign-off sheet for letters handed out. */
@RestController
@RequestMapping("/api/sends/{id}")
class ReminderController {

  private final Reminders reminders;
  private final SignOffSheet sheet;
  private final AuditLog audit;

  ReminderController(Reminders reminders, SignOffSheet sheet, AuditLog audit) {
    this.reminders = reminders;
    this.sheet = sheet;
    this.audit = audit;
  }

  /** How many a reminder would e-mail, put to print, and leave out as expired or used. */
  @PostMapping("/reminders/dry-run")
  Mono<ReminderPlan> dryRun(@PathVariable UUID id) {
    return reminders.plan(id);
  }

  /** E-mails the same letters again to those who have not used theirs. */
  @PostMapping("/reminders")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Send> remind(@PathVariable UUID id, Actor actor) {
    return reminders.create(id, actor);
  }

  @GetMapping(path = "/sign-off-sheet", produces = MediaType.APPLICATION_PDF_VALUE)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  Mono<ResponseEntity<byte[]>> signOffSheet(@PathVariable UUID id, Actor actor) {
    return sheet
        .pdf(id)
        .flatMap(
            pdf ->
                audit
                    .record(actor, "SIGN_OFF_SHEET_DOWNLOADED", "SEND", id, Map.of())
                    .thenReturn(
                        ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_PDF)
                            .cacheControl(CacheControl.noStore())
                            .header(
                                "Content-Disposition",
                                ContentDisposition.attachment()
                                    .filename("emargement-" + id + ".pdf")
                                    .build()
                                    .toString())
                            .body(pdf)));
  }
}
