package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterTemplate;
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
    String updatedBy) {

  /** What letters are made from: this template as it is stored. */
  public LetterTemplate letter() {
    return new LetterTemplate(id, name, language, audiences, variant, body);
  }
}
