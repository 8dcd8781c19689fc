/** Work an instance does in the background, off any request: the outboxes' polling. */
@ApplicationModule(allowedDependencies = {})
package fr.sesame.background;

import org.springframework.modulith.ApplicationModule;
