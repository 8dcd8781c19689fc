package fr.sesame.administrators;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public side of a one-time link: the console's set-password page reads the secret from the
 * link's fragment and sends it in a body, never in an address.
 */
@RestController
@RequestMapping("/api/auth/password-link")
class PasswordLinkController {

  private final OwnPasswords passwords;

  PasswordLinkController(OwnPasswords passwords) {
    this.passwords = passwords;
  }

  record LinkToken(@NotBlank @Size(max = 100) String token) {}

  record LinkPassword(
      @NotBlank @Size(max = 100) String token, @NotNull @Size(max = 1024) String newPassword) {}

  /** Whose link it is, so the page can greet them; nothing secret. */
  record LinkOwner(String username, String displayName, OffsetDateTime expiresAt) {}

  @PostMapping("/verify")
  Mono<LinkOwner> verify(@Valid @RequestBody LinkToken link) {
    return passwords
        .holder(link.token())
        .map(person -> new LinkOwner(person.username(), person.displayName(), person.expiresAt()));
  }

  @PostMapping("/use")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> use(@Valid @RequestBody LinkPassword request, ServerWebExchange exchange) {
    return passwords.setThroughLink(request.token(), request.newPassword(), exchange);
  }

  /** One answer for unknown, used, expired links and disabled people. */
  static ProblemException invalid() {
    return new ProblemException(
        ProblemType.PASSWORD_LINK_INVALID, Message.of("passwordLink.invalid"));
  }
}
