package fr.sesame.credentials;

import fr.sesame.audit.Actor;
import fr.sesame.letters.LetterVariant;
import fr.sesame.letters.Letters;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code /api/accounts/{id}/credentials}: an account's letters, and the front desk's QR code. */
@RestController
@RequestMapping("/api/accounts/{id}/credentials")
class CredentialController {

  private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

  private final CredentialService credentials;

  CredentialController(CredentialService credentials) {
    this.credentials = credentials;
  }

  @GetMapping
  Mono<List<Credential>> list(@PathVariable UUID id) {
    return credentials.list(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Credential> issue(
      @PathVariable UUID id, @Valid @RequestBody IssueCredentialRequest body, Actor actor) {
    LetterVariant variant = body.variant() == null ? LetterVariant.QR : body.variant();
    return credentials.issue(id, null, variant, body.validityDays(), actor);
  }

  /** How many credentials a revocation ended. */
  record Revoked(long affected) {}

  @PostMapping("/revoke")
  Mono<Revoked> revoke(@PathVariable UUID id, Actor actor) {
    return credentials.revokeLive(id, actor).map(Revoked::new);
  }

  @GetMapping(
      path = "/{credentialId}/qr",
      produces = {MediaType.IMAGE_PNG_VALUE, "image/svg+xml"})
  Mono<ResponseEntity<byte[]>> qr(
      @PathVariable UUID id,
      @PathVariable UUID credentialId,
      Actor actor,
      ServerHttpRequest request) {
    boolean svg =
        request.getHeaders().getAccept().stream().anyMatch(type -> type.equalsTypeAndSubtype(SVG));
    return credentials
        .activationLink(id, credentialId, actor)
        // Drawing the code is CPU and AWT work: off the event loop.
        .publishOn(Schedulers.boundedElastic())
        .map(
            link ->
                ResponseEntity.ok()
                    .contentType(svg ? SVG : MediaType.IMAGE_PNG)
                    .cacheControl(CacheControl.noStore())
                    .body(
                        svg
                            ? Letters.qrSvg(link).getBytes(StandardCharsets.UTF_8)
                            : Letters.qrPng(link)));
  }
}
