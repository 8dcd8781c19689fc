package fr.sesame.credentials;

import fr.sesame.templates.TemplateVariant;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Body of {@code POST /api/accounts/{id}/credentials}. */
record IssueCredentialRequest(TemplateVariant variant, @Min(1) @Max(31) Integer validityDays) {}
