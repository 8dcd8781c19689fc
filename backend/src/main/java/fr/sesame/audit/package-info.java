/** Append-only record of who did what to whom, when and from where; never holds a secret. */
@ApplicationModule(allowedDependencies = {"web"})
package fr.sesame.audit;

import org.springframework.modulith.ApplicationModule;
