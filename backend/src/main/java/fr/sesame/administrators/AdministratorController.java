package fr.sesame.administrators;

import fr.sesame.audit.Actor;
import fr.sesame.security.UserPrincipal;
import fr.sesame.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /api/administrators}: « Paramètres › Administrateurs », for administrators signed in to
 * the console (API keys reach none of it: their filter refuses what no scope lists).
 */
@RestController
@RequestMapping("/api/administrators")
@Validated
class AdministratorController {

  private final AdministratorService administrators;

  AdministratorController(AdministratorService administrators) {
    this.administrators = administrators;
  }

  @GetMapping
  Mono<PageResponse<Administrator>> list(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return administrators.list(page, size);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<Invitation> invite(@Valid @RequestBody AdministratorInput input, Actor actor) {
    return administrators.invite(input, actor);
  }

  @PostMapping("/{id}/password-link")
  @ResponseStatus(HttpStatus.CREATED)
  Mono<PasswordLink> passwordLink(@PathVariable UUID id, Actor actor) {
    return administrators.passwordLink(id, actor);
  }

  @PostMapping("/{id}/disable")
  Mono<Administrator> disable(
      @PathVariable UUID id, @AuthenticationPrincipal UserPrincipal self, Actor actor) {
    return administrators.disable(id, self.id(), actor);
  }

  @PostMapping("/{id}/enable")
  Mono<Administrator> enable(@PathVariable UUID id, Actor actor) {
    return administrators.enable(id, actor);
  }
}
