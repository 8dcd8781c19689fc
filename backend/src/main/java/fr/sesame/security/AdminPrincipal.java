package fr.sesame.security;

import java.io.Serializable;
import java.util.UUID;

/** The signed-in administrator, as controllers receive it. */
public record AdminPrincipal(UUID id, String username) implements Serializable {}
