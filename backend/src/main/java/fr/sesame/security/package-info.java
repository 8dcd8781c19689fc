/**
 * Who may do what: administrators' sign-in (Argon2id, back-off, equal timing), sessions stored in
 * PostgreSQL, CSRF for browser calls, security headers, and problem answers for 401 and 403. What
 * it needs from API keys is {@link fr.sesame.security.ApiKeyAuthentication}, which apikeys
 * implements.
 */
@ApplicationModule(allowedDependencies = {"web"})
package fr.sesame.security;

import org.springframework.modulith.ApplicationModule;
