package fr.sesame.administrators;

import fr.sesame.activation.PasswordPolicy;
import fr.sesame.security.PasswordHasher;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An administrator's new password: DESIGN §3 rule 8, the recipients' policy with the person's own
 * username, name and e-mail as words to avoid, then Argon2id. Both are CPU work kept off the event
 * loop.
 */
@Component
class AdministratorPasswords {

  private final PasswordPolicy policy;
  private final PasswordHasher hasher;

  AdministratorPasswords(PasswordPolicy policy, PasswordHasher hasher) {
    this.policy = policy;
    this.hasher = hasher;
  }

  /** The hash of {@code password}, or {@code password-rejected} with the reasons. */
  Mono<String> checkedHash(String password, String username, String displayName, String email) {
    List<String> personal = new ArrayList<>(List.of(username, displayName));
    if (email != null) {
      personal.add(email.substring(0, Math.max(0, email.indexOf('@'))));
    }
    return Mono.fromCallable(() -> policy.check(password, personal))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            reasons ->
                reasons.isEmpty()
                    ? hasher.hash(password)
                    : Mono.error(
                        new ProblemException(
                                ProblemType.PASSWORD_REJECTED,
                                Message.of("password.rejected", reasons))
                            .with("reasons", reasons)));
  }

  Mono<Boolean> matches(String password, String hash) {
    return hasher.matches(password, hash);
  }
}
