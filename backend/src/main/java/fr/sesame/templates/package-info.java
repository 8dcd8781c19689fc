/**
 * Letter templates: the shipped « Connexion » originals, the school's own copies, their merge tags,
 * versions, restore, and a safe preview with specimen credentials.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "letters", "web"})
package fr.sesame.templates;

import org.springframework.modulith.ApplicationModule;
