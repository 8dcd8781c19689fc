package fr.sesame.accounts;

import fr.sesame.audit.Actor;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.SpreadsheetCsv;
import fr.sesame.web.Uploads;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code /api/accounts/import} and {@code /api/accounts/export}: accounts in files. */
@RestController
@RequestMapping("/api/accounts")
class AccountCsvController {

  private final AccountImporter importer;
  private final AccountRepository accounts;

  AccountCsvController(AccountImporter importer, AccountRepository accounts) {
    this.importer = importer;
    this.accounts = accounts;
  }

  /**
   * One file or several ({@code file} repeated: SIECLE's pupils and guardians together), each a
   * CSV, a SIECLE, STS-Web or ONDE export, zipped or not, told apart by content.
   */
  // The answer carries messages: the contract lists the header that picks their language.
  @Parameter(in = ParameterIn.HEADER, name = "Accept-Language")
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<ImportReport> importAccounts(
      @RequestPart("file") Flux<FilePart> files,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Actor actor) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > 200) {
      return Mono.error(
          ProblemException.invalidFields(
              List.of(
                  new ProblemException.FieldError(
                      "Idempotency-Key", Message.of("field.sizeMax", 200)))));
    }
    return files
        .concatMap(
            file ->
                Uploads.read(
                        file,
                        AccountImporter.MAX_BYTES,
                        Message.of("import.fileTooLarge", file.filename(), 16))
                    .map(bytes -> new AccountImporter.Upload(file.filename(), bytes)))
        .collectList()
        .flatMap(uploads -> importer.importFiles(uploads, dryRun, key, actor));
  }

  /** What an import takes, so the console can say it before a file is chosen. */
  record ImportLimits(int maxFileBytes, int maxRows, List<String> extensions) {}

  @GetMapping("/import/limits")
  ImportLimits importLimits() {
    return new ImportLimits(
        AccountImporter.MAX_BYTES,
        AccountImporter.MAX_ROWS,
        List.of(".csv", ".txt", ".xlsx", ".xml", ".zip"));
  }

  /** Streamed row by row: memory stays flat however many accounts match. */
  @GetMapping(path = "/export", produces = "text/csv")
  @ApiResponse(
      responseCode = "200",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<Flux<DataBuffer>> exportAccounts(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) AccountKind kind,
      @RequestParam(required = false) String className,
      @RequestParam(required = false) ConnectionMode connectionMode,
      @RequestParam(required = false) PasswordState passwordState,
      @RequestParam(required = false) Boolean hasEmail,
      @RequestParam(required = false) AccountStatus status) {
    AccountFilter filter =
        new AccountFilter(q, kind, className, connectionMode, passwordState, hasEmail, status);
    Flux<String> lines =
        Flux.concat(
            Mono.just(AccountCsvExport.headerLine()),
            accounts
                .findForExport(filter.toSql(), AccountSort.orderBy("lastName,asc"))
                .map(AccountCsvExport::line));
    return SpreadsheetCsv.attachment("comptes.csv", lines);
  }
}
