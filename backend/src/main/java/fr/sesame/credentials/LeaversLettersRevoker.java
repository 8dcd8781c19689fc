package fr.sesame.credentials;

import fr.sesame.accounts.LeaversLetters;
import fr.sesame.audit.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The letters of people marked as having left stop working, as a revocation by hand would. */
@Component
class LeaversLettersRevoker implements LeaversLetters {

  private final CredentialService credentials;

  LeaversLettersRevoker(CredentialService credentials) {
    this.credentials = credentials;
  }

  @Override
  public Mono<Long> revokeLive(List<UUID> accountIds, Actor actor) {
    return accountIds.isEmpty() ? Mono.just(0L) : credentials.revokeLive(accountIds, actor);
  }
}
