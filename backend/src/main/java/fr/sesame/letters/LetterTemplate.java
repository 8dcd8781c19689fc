package fr.sesame.letters;

import fr.sesame.accounts.AccountKind;
import java.util.List;
import java.util.UUID;

/** What a letter is made from: a template's checked body, its language, audiences and variant. */
public record LetterTemplate(
    UUID id,
    String name,
    String language,
    List<AccountKind> audiences,
    LetterVariant variant,
    String body) {}
