package fr.sesame.security;

import java.util.UUID;

/** The signed-in administrator, as controllers receive it with {@code @AuthenticationPrincipal}. */
public record AdminPrincipal(UUID id, String username) {}
