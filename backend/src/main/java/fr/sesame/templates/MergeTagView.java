package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import java.util.List;

/** A merge tag as {@code GET /api/templates/tags} lists it. */
record MergeTagView(
    String name,
    MergeTag.Group group,
    String description,
    String example,
    List<AccountKind> audiences,
    List<TemplateVariant> variants) {

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
