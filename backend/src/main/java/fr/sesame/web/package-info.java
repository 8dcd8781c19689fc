/**
 * What every HTTP answer shares: problem details for every error, and the console's routes served
 * from the same origin as the API.
 */
@ApplicationModule(allowedDependencies = {})
package fr.sesame.web;

import org.springframework.modulith.ApplicationModule;
