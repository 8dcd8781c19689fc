package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A letter template as the API shows it. */
public record Template(
    UUID id,
    String name,
    String language,
    List<AccountKind> audiences,
    LetterVariant variant,
    String body,
    boolean original,
    boolean customised,
    int version,
    OffsetDateTime updatedAt,
    String updatedBy) {}
