package fr.sesame.activation;

import fr.sesame.identity.Identity;
import fr.sesame.identity.IdentityService;
import fr.sesame.web.Message;
import fr.sesame.web.Uploads;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /api/activation}: the public calls of the activation page. */
@RestController
@RequestMapping("/api/activation")
class ActivationController {

  static final String LOGO_PATH = "/api/activation/logo";

  private final ActivationService activation;
  private final IdentityService identity;

  ActivationController(ActivationService activation, IdentityService identity) {
    this.activation = activation;
    this.identity = identity;
  }

  /**
   * What the page tells the recipient before they type, so page and server agree; and which school
   * sends the letter (its name and logo, nothing secret), so a parent knows whom they answer.
   */
  record Policy(int minLength, int maxLength, int maxWrongCodes, School school) {}

  /** The school as the public page shows it; {@code logoUrl} null without a logo. */
  record School(String name, String logoUrl) {
    static School of(Identity identity) {
      return new School(identity.name(), identity.logoUrl() == null ? null : LOGO_PATH);
    }
  }

  @GetMapping("/policy")
  Mono<Policy> policy() {
    return identity
        .get()
        .map(School::of)
        .defaultIfEmpty(new School(null, null))
        .map(
            school ->
                new Policy(
                    PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH,
                    ActivationRepository.MAX_WRONG_CODES,
                    school));
  }

  /** The school's logo, public: the activation page shows it before anyone signs in. */
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

  @PostMapping("/verify")
  Mono<Verified> verify(@Valid @RequestBody VerifyRequest request, ServerWebExchange exchange) {
    return activation.verify(request, exchange);
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> password(
      @Valid @RequestBody PasswordRequest request,
      @AuthenticationPrincipal ActivationPrincipal principal,
      ServerWebExchange exchange) {
    return activation.choosePassword(principal, request.password(), exchange);
  }
}
