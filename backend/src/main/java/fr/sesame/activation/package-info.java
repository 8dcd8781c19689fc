/**
 * The recipient's side: a letter's link and code open a short, restricted session in which the
 * recipient chooses a password; then « Mon compte » with that password. DESIGN §3 rules 1–9.
 */
@ApplicationModule(
    allowedDependencies = {
      "accounts",
      "audit",
      "credentials",
      "identity",
      "letters",
      "security",
      "web",
      "webhooks"
    })
package fr.sesame.activation;

import org.springframework.modulith.ApplicationModule;
