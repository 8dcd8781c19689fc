package fr.sesame.templates;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Body of {@code POST /api/templates/{id}/preview}. */
record PreviewRequest(UUID accountId, @Size(max = 200_000) String body) {}
