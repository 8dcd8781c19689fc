package fr.sesame.identity;

import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/identity}; the UAI and URL are checked by the service. */
record IdentityInput(
    @Size(max = 200) String name,
    String uai,
    @Size(max = 500) String address,
    @Size(max = 500) String publicUrl) {}
