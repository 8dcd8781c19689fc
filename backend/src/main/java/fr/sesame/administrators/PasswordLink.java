package fr.sesame.administrators;

import java.time.OffsetDateTime;

/**
 * A one-time link to set a password, shown once: {@code path} is relative to the console's address
 * and carries the secret in its fragment, so it never reaches a server log or a {@code Referer}.
 */
record PasswordLink(String path, OffsetDateTime expiresAt) {}
