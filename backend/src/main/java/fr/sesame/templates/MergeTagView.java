package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import fr.sesame.letters.MergeTag;
import java.util.List;

/** A merge tag as {@code GET /api/templates/tags} lists it. */
record MergeTagView(
    String name,
    MergeTag.Group group,
    String description,
    String example,
    List<AccountKind> audiences,
    List<LetterVariant> variants) {

  static MergeTagView of(MergeTag tag) {
    return new MergeTagView(
        tag.tagName(),
        tag.group(),
        tag.description(),
        tag.example(),
        tag.audiences().stream().sorted().toList(),
        tag.variants().stream().sorted().toList());
  }
}
