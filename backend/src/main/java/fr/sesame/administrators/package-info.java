/**
 * Administrators as people: the principal, the secretary and the CPE each under their own name,
 * invited with a one-time link or an initial password to change at first sign-in, disabled and
 * enabled again (never the last active one), each changing their own password. For signed-in
 * administrators only: no API key reaches it. Passwords follow the recipients' policy.
 */
@ApplicationModule(allowedDependencies = {"activation", "audit", "security", "web"})
package fr.sesame.administrators;

import org.springframework.modulith.ApplicationModule;
