package fr.sesame.letters;

import fr.sesame.accounts.AccountKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code {{tag}}} in a body, checks each against the template, and replaces them. */
public final class MergeTagScanner {

  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");

  private MergeTagScanner() {}

  /** Every tag that is unknown, or not for these audiences or this variant, with its position. */
  public static List<TagError> check(
      String body, Set<AccountKind> audiences, LetterVariant variant) {
    List<TagError> errors = new ArrayList<>();
    LinePositions positions = new LinePositions(body);
    Set<Integer> tagStarts = new java.util.HashSet<>();
    Matcher matcher = TAG.matcher(body);
    while (matcher.find()) {
      tagStarts.add(matcher.start());
      String name = matcher.group(1);
      String problem = problemWith(name, audiences, variant);
      if (problem != null) {
        errors.add(positions.error(name, matcher.start(), problem));
      }
    }
    for (int open = body.indexOf("{{"); open >= 0; open = body.indexOf("{{", open + 2)) {
      if (!tagStarts.contains(open) && !tagStarts.contains(open - 1)) {
        errors.add(positions.error("{{", open, "tag not closed with }}"));
        break;
      }
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
      String name, Set<AccountKind> audiences, LetterVariant variant) {
    MergeTag tag = MergeTag.byName(name).orElse(null);
    if (tag == null) {
      return "unknown merge tag";
    }
    if (!tag.variants().contains(variant)) {
      return variant == LetterVariant.NO_QR
          ? "not available in a letter without QR code"
          : "only available in a letter without QR code";
    }
    if (!tag.audiences().containsAll(audiences)) {
      return "only for " + tag.audiences().stream().map(Enum::name).sorted().toList() + " letters";
    }
    return null;
  }

  /** Line and column (from 1) of offsets in a text, from its line starts computed once. */
  private static final class LinePositions {
    private final List<Integer> starts = new ArrayList<>(List.of(0));

    LinePositions(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
    }

    TagError error(String tag, int offset, String message) {
      int index = java.util.Collections.binarySearch(starts, offset);
      int line = index >= 0 ? index : -index - 2;
      return new TagError(tag, line + 1, offset - starts.get(line) + 1, message);
    }
  }
}
