package fr.sesame.identity;

import fr.sesame.audit.Actor;
import fr.sesame.web.Message;
import fr.sesame.web.Uploads;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/identity}: the establishment and its logo. */
@RestController
@RequestMapping("/api/identity")
class IdentityController {

  private final IdentityService identity;

  IdentityController(IdentityService identity) {
    this.identity = identity;
  }

  @GetMapping
  Mono<Identity> get() {
    return identity.get();
  }

  @PutMapping
  Mono<Identity> update(@Valid @RequestBody IdentityInput input, Actor actor) {
    return identity.update(input, actor);
  }

  @GetMapping("/logo")
  Mono<ResponseEntity<byte[]>> logo() {
    return identity
        .logo()
        .map(
            logo ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(logo.mediaType()))
                    .cacheControl(CacheControl.noCache())
                    .body(logo.bytes()))
        .switchIfEmpty(Mono.error(Uploads.notFound(Message.of("logo.none"))));
  }

  @PutMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Mono<Identity> uploadLogo(@RequestPart("file") FilePart file, Actor actor) {
    return Uploads.read(file, LogoImage.MAX_BYTES, Message.of("logo.tooLarge", 1))
        .flatMap(bytes -> identity.replaceLogo(bytes, actor));
  }

  @DeleteMapping("/logo")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> deleteLogo(Actor actor) {
    return identity.deleteLogo(actor);
  }
}
