package fr.sesame.activation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/activation/password}; the policy judges it, the size limit only keeps
 * megabytes away from Argon2.
 */
record PasswordRequest(@NotNull @Size(max = 1024) String password) {}
