package fr.sesame.accounts;

import fr.sesame.audit.Actor;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Ends the letters of people who have left the school. Letters belong to another module, which
 * provides this; accounts only says who left, inside the import's transaction.
 */
public interface LeaversLetters {

  /** Revokes every letter of these accounts that could still be used; answers how many. */
  Mono<Long> revokeLive(List<UUID> accountIds, Actor actor);
}
