/**
 * API keys for other school systems: made and revoked by an administrator, sent as {@code
 * Authorization: Bearer sk_…}, limited to their scopes and to a number of requests a minute.
 */
@ApplicationModule(allowedDependencies = {"audit", "security", "web"})
package fr.sesame.apikeys;

import org.springframework.modulith.ApplicationModule;
