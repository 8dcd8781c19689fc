package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/templates} and {@code PUT /api/templates/{id}}. */
record TemplateInput(
    @NotBlank @Size(max = 120) String name,
    @NotNull @Pattern(regexp = "fr|en", message = "must be fr or en") String language,
    @NotEmpty List<@NotNull AccountKind> audiences,
    @NotNull LetterVariant variant,
    @NotNull @Size(max = 200_000) String body) {}
