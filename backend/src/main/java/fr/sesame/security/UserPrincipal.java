package fr.sesame.security;

import fr.sesame.web.Caller;
import java.util.UUID;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in — an administrator, or a recipient with their own password — as controllers
 * receive it with {@code @AuthenticationPrincipal}. Its name, for the audit, is the username. (Not
 * a {@code java.security.Principal}: WebFlux would then inject the whole authentication in its
 * place.) An administrator's display name tells people apart in the journal; recipients have none.
 */
public record UserPrincipal(UUID id, String username, String displayName)
    implements AuthenticatedPrincipal, Caller {

  public UserPrincipal(UUID id, String username) {
    this(id, username, null);
  }

  @Override
  public String getName() {
    return username;
  }

  @Override
  public String callerId() {
    return "user:" + id;
  }
}
