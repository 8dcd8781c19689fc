package fr.sesame.identity;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/identity}; the name is required, the UAI and URLs are checked by the
 * service, which answers every wrong field at once.
 */
record IdentityInput(
    @Size(max = 200) String name,
    String uai,
    @Size(max = 500) String address,
    @Size(max = 500) String publicUrl,
    @Size(max = 500) String nextStepUrl,
    @Size(max = 100) String nextStepLabel) {}
