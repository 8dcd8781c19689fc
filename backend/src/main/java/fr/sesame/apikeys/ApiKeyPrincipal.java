package fr.sesame.apikeys;

import fr.sesame.web.Caller;
import java.security.Principal;
import java.util.UUID;

/** The program behind a request made with a key; the audit names it {@code api-key:<name>}. */
record ApiKeyPrincipal(UUID id, String keyName) implements Principal, Caller {

  @Override
  public String getName() {
    return "api-key:" + keyName;
  }

  @Override
  public String callerId() {
    return "api-key:" + id;
  }
}
