/**
 * Webhooks — other systems told what happened ({@code letter.activated}, {@code letter.locked},
 * {@code send.completed}) by signed {@code POST}s from a durable outbox, to addresses checked so
 * that a webhook cannot reach the server's own network.
 */
@ApplicationModule(allowedDependencies = {"audit", "background", "credentials", "security", "web"})
package fr.sesame.webhooks;

import org.springframework.modulith.ApplicationModule;
