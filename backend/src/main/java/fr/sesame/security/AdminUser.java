package fr.sesame.security;

import java.util.UUID;

/** A row of {@code admin_user}. */
record AdminUser(UUID id, String username, String displayName, String passwordHash, String role) {}
