package fr.sesame.credentials;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountService;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.letters.Letters;
import fr.sesame.templates.Template;
import fr.sesame.templates.TemplateService;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/accounts/{id}/credentials/{credentialId}/letter}: one account's letter again, for
 * the front desk or a lost letter. Same credential, so same token and codes as first printed.
 */
@RestController
@Validated
class AccountLetterController {

  private final AccountService accounts;
  private final CredentialService credentials;
  private final TemplateService templates;
  private final Letters letters;
  private final AuditLog audit;

  AccountLetterController(
      AccountService accounts,
      CredentialService credentials,
      TemplateService templates,
      Letters letters,
      AuditLog audit) {
    this.accounts = accounts;
    this.credentials = credentials;
    this.templates = templates;
    this.letters = letters;
    this.audit = audit;
  }

  @GetMapping(
      path = "/api/accounts/{id}/credentials/{credentialId}/letter",
      produces = MediaType.APPLICATION_PDF_VALUE)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  Mono<ResponseEntity<Flux<DataBuffer>>> letter(
      @PathVariable UUID id,
      @PathVariable UUID credentialId,
      @RequestParam(required = false) UUID templateId,
      @RequestParam(defaultValue = "fr") @Pattern(regexp = "fr|en", message = "must be fr or en")
          String language,
      Actor actor) {
    return Mono.zip(accounts.get(id), credentials.live(id, credentialId))
        .flatMap(
            found -> {
              Account account = found.getT1();
              Credential credential = found.getT2();
              Mono<Template> template =
                  templateId != null
                      ? templates.get(templateId)
                      : templates.defaultFor(account.kind(), credential.variant(), language);
              return template
                  .flatMap(
                      chosen ->
                          letters.prepare(chosen.letter(), account.kind(), credential.variant()))
                  .flatMap(
                      merge ->
                          audit
                              .record(
                                  actor,
                                  "CREDENTIAL_LETTER_PRINTED",
                                  "ACCOUNT",
                                  id,
                                  Map.of(
                                      "credentialId", credentialId.toString(),
                                      "templateId", merge.template().id().toString()))
                              .thenReturn(
                                  ResponseEntity.ok()
                                      .contentType(MediaType.APPLICATION_PDF)
                                      .cacheControl(CacheControl.noStore())
                                      .header(
                                          "Content-Disposition",
                                          ContentDisposition.inline()
                                              .filename("lettre-" + account.login() + ".pdf")
                                              .build()
                                              .toString())
                                      .body(
                                          letters.merged(
                                              merge,
                                              Flux.just(
                                                  new Letters.Addressee(id, credentialId))))));
            });
  }
}
