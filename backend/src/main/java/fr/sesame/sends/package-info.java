/**
 * Sends — PRONOTE's publipostage: an audience, a selection, a letter template and an output; a dry
 * run first, then credentials issued for every eligible recipient and their letters delivered.
 */
@ApplicationModule(
    allowedDependencies = {
      "accounts",
      "audit",
      "background",
      "credentials",
      "identity",
      "letters",
      "printing",
      "templates",
      "web",
      "webhooks"
    })
package fr.sesame.sends;

import org.springframework.modulith.ApplicationModule;
