package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code {{tag}}} in a body, checks each against the template, and replaces them. */
final class MergeTagScanner {

  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");

  private MergeTagScanner() {}

  /** Every tag that is unknown, or not for these audiences or this variant, with its position. */
  static List<TagError> check(String body, Set<AccountKind> audiences, TemplateVariant variant) {
    List<TagError> errors = new ArrayList<>();
    Matcher matcher = TAG.matcher(body);
    while (matcher.find()) {
      String name = matcher.group(1);
      int[] position = lineAndColumn(body, matcher.start());
      String problem = problemWith(name, audiences, variant);
      if (problem != null) {
        errors.add(new TagError(name, position[0], position[1], problem));
      }
    }
    int unclosed = body.replaceAll(TAG.pattern(), "").indexOf("{{");
    if (unclosed >= 0) {
      int[] position = lineAndColumn(body, unclosed);
      errors.add(new TagError("{{", position[0], position[1], "tag not closed with }}"));
    }
    return errors;
  }

  /** The body with each tag replaced by its value, which must already be safe HTML. */
  static String merge(String body, Map<MergeTag, String> htmlValues) {
    Matcher matcher = TAG.matcher(body);
    StringBuilder merged = new StringBuilder();
    while (matcher.find()) {
      String value = MergeTag.byName(matcher.group(1)).map(htmlValues::get).orElse(null);
      matcher.appendReplacement(merged, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(merged);
    return merged.toString();
  }

  private static String problemWith(
      String name, Set<AccountKind> audiences, TemplateVariant variant) {
    MergeTag tag = MergeTag.byName(name).orElse(null);
    if (tag == null) {
      return "unknown merge tag";
    }
    if (!tag.variants().contains(variant)) {
      return variant == TemplateVariant.NO_QR
          ? "not available in a letter without QR code"
          : "only available in a letter without QR code";
    }
    if (!tag.audiences().containsAll(audiences)) {
      return "only for " + tag.audiences().stream().map(Enum::name).sorted().toList() + " letters";
    }
    return null;
  }

  private static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
