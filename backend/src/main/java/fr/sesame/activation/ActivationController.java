package fr.sesame.activation;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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

  private final ActivationService activation;

  ActivationController(ActivationService activation) {
    this.activation = activation;
  }

  /** What the page tells the recipient before they type, so page and server agree. */
  record Policy(int minLength, int maxLength, int maxWrongCodes) {}

  @GetMapping("/policy")
  Policy policy() {
    return new Policy(
        PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, ActivationRepository.MAX_WRONG_CODES);
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
