package fr.sesame.accounts;

import fr.sesame.audit.Actor;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * What accounts need from the owner of letters (credentials), which implements it: the bulk revoke,
 * and ending the letters of people an import marks as having left. Accounts never reach into
 * credentials, which depend on accounts.
 */
public interface AccountLetters {

  /**
   * Revokes every letter of these accounts that could still be used, in one transaction; {@code
   * 404} and nothing changes when one of them does not exist. How many were revoked.
   */
  Mono<Long> revokeLive(List<UUID> accountIds, Actor actor);
}
