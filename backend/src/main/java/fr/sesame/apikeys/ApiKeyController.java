package fr.sesame.apikeys;

import fr.sesame.audit.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/api-keys}: for administrators in the console only (no key can reach it). */
@RestController
@RequestMapping("/api/api-keys")
class ApiKeyController {

  private final ApiKeyService keys;

  ApiKeyController(ApiKeyService keys) {
    this.keys = keys;
  }

  @GetMapping
  Mono<List<ApiKey>> list() {
    return keys.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Mono<CreatedApiKey> create(@Valid @RequestBody ApiKeyInput input, Actor actor) {
    return keys.create(input, actor);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> revoke(@PathVariable UUID id, Actor actor) {
    return keys.revoke(id, actor);
  }
}
