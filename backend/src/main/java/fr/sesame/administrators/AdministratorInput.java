package fr.sesame.administrators;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/administrators}. Without {@code initialPassword} the answer carries a
 * one-time link for the person to choose their own; with it, they must change it at first sign-in.
 */
record AdministratorInput(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,100}") String username,
    @NotBlank @Size(max = 100) String displayName,
    @Email @Size(max = 254) String email,
    @Size(max = 1024) String initialPassword) {}
