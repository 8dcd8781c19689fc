/** The establishment: name, UAI, address, logo, and the public URL that every QR code points to. */
@ApplicationModule(allowedDependencies = {"audit", "web"})
package fr.sesame.identity;

import org.springframework.modulith.ApplicationModule;
