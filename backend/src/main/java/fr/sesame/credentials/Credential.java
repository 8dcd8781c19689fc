package fr.sesame.credentials;

import fr.sesame.letters.LetterVariant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A credential as the API shows it: never a secret. */
public record Credential(
    UUID id,
    UUID accountId,
    UUID sendId,
    CredentialState state,
    OffsetDateTime issuedAt,
    OffsetDateTime expiresAt,
    LetterVariant variant) {}
