/** Printing letters on an IPP printer (a CUPS queue or a network printer), and its state. */
@ApplicationModule(allowedDependencies = {})
package fr.sesame.printing;

import org.springframework.modulith.ApplicationModule;
