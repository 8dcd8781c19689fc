package fr.sesame.apikeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Body of {@code POST /api/api-keys}; without {@code expiresAt}, the key lasts a year. */
record ApiKeyInput(
    @NotBlank @Size(max = 100) String name,
    @NotEmpty List<@NotNull ApiKeyScope> scopes,
    OffsetDateTime expiresAt) {}
