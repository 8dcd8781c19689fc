package fr.sesame.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/accounts} and {@code PUT /api/accounts/{id}}. */
record AccountInput(
    @NotNull AccountKind kind,
    @Size(max = 20) String civility,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Size(max = 100) String firstName,
    @Size(max = 100) String login,
    @Size(max = 254) String email,
    @Size(max = 50) String className,
    @Size(max = 5000) List<UUID> childrenIds,
    @Size(max = 500) String address,
    @Size(max = 100) String externalId,
    ConnectionMode connectionMode) {}
