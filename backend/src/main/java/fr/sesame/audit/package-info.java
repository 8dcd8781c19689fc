/**
 * Append-only record of who did what to whom, when and from where; never holds a secret. Reads who
 * is signed in from security.
 */
@ApplicationModule(allowedDependencies = {"security", "web"})
package fr.sesame.audit;

import org.springframework.modulith.ApplicationModule;
