package fr.sesame.credentials;

import fr.sesame.letters.LetterVariant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Body of {@code POST /api/accounts/{id}/credentials}. */
record IssueCredentialRequest(LetterVariant variant, @Min(1) @Max(31) Integer validityDays) {}
