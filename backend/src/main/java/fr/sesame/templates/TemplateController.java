package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.audit.Actor;
import fr.sesame.letters.LetterVariant;
import fr.sesame.letters.MergeTag;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/templates}: letter templates, their tags, versions and previews. */
@RestController
@Validated
@RequestMapping("/api/templates")
class TemplateController {

  private final TemplateService templates;

  TemplateController(TemplateService templates) {
    this.templates = templates;
  }

  @GetMapping
  Mono<PageResponse<Template>> list(
      @RequestParam(required = false) AccountKind audience,
      @RequestParam(required = false) LetterVariant variant,
      @RequestParam(required = false) @Pattern(regexp = "fr|en", message = "must be fr or en")
          String language) {
    return templates.list(audience, variant, language);
  }

  @GetMapping("/tags")
  List<MergeTagView> tags() {
    return Arrays.stream(MergeTag.values()).map(MergeTagView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Template> create(@Valid @RequestBody TemplateInput input, Actor actor) {
    return templates.create(input, actor);
  }

  @GetMapping("/{id}")
  Mono<Template> get(@PathVariable UUID id) {
    return templates.get(id);
  }

  @PutMapping("/{id}")
  Mono<Template> update(
      @PathVariable UUID id, @Valid @RequestBody TemplateInput input, Actor actor) {
    return templates.update(id, input, actor);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> delete(@PathVariable UUID id, Actor actor) {
    return templates.delete(id, actor);
  }

  @PostMapping("/{id}/duplicate")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Template> duplicate(@PathVariable UUID id, Actor actor) {
    return templates.duplicate(id, actor);
  }

  @PostMapping("/{id}/restore")
  Mono<Template> restore(@PathVariable UUID id, Actor actor) {
    return templates.restore(id, actor);
  }

  @GetMapping("/{id}/versions")
  Mono<List<TemplateVersion>> versions(@PathVariable UUID id) {
    return templates.versions(id).collectList();
  }

  @GetMapping("/{id}/versions/{version}")
  Mono<TemplateVersion> version(@PathVariable UUID id, @PathVariable int version) {
    return templates.version(id, version);
  }

  @PostMapping(
      path = "/{id}/preview",
      produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_PNG_VALUE})
  Mono<ResponseEntity<byte[]>> preview(
      @PathVariable UUID id, @Valid @RequestBody PreviewRequest request, ServerHttpRequest http) {
    // "produces" above already refused any other Accept; PNG only when asked for by name.
    boolean png =
        http.getHeaders().getAccept().stream()
            .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.IMAGE_PNG));
    return mayShow(request)
        .then(templates.preview(id, request, png))
        .map(
            bytes ->
                ResponseEntity.ok()
                    .contentType(png ? MediaType.IMAGE_PNG : MediaType.APPLICATION_PDF)
                    .body(bytes));
  }

  /**
   * A preview for a real account shows that person (name, login, class, address, children): only
   * for callers who may read accounts. Administrators may; an API key needs {@code accounts:read}.
   */
  private static Mono<Void> mayShow(PreviewRequest request) {
    if (request.accountId() == null) {
      return Mono.empty();
    }
    return ReactiveSecurityContextHolder.getContext()
        .filter(
            context ->
                context.getAuthentication() != null
                    && context.getAuthentication().getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(ALLOWED_TO_READ_ACCOUNTS::contains))
        .switchIfEmpty(
            Mono.error(
                new ProblemException(
                    ProblemType.FORBIDDEN, Message.of("template.previewNeedsAccounts"))))
        .then();
  }

  private static final List<String> ALLOWED_TO_READ_ACCOUNTS =
      List.of("ROLE_ADMIN", "SCOPE_accounts:read");
}
