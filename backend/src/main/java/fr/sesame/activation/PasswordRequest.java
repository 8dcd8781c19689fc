package fr.sesame.activation;

import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/activation/password}; the policy, not a size limit, judges it. */
record PasswordRequest(@NotNull String password) {}
