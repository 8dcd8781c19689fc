package fr.sesame.letters;

import java.time.Instant;
import java.util.UUID;

/** A live credential as a letter prints it: its secrets are derived from {@code id}. */
public record LetterCredential(UUID id, UUID accountId, LetterVariant variant, Instant expiresAt) {}
