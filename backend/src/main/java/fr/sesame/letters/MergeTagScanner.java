package fr.sesame.letters;

import fr.sesame.accounts.AccountKind;
import fr.sesame.web.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code {{tag}}} in a body, checks each against the template, and replaces them. A section
 * {@code {{#tag}}…{{/tag}}} shows its content only when the tag has a value, {@code
 * {{^tag}}…{{/tag}}} only when it has none, so a letter reads well whatever is missing.
 */
public final class MergeTagScanner {

  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([^{}\\s#^/]*)\\s*}}");

  private record Opened(String mark, String name, int start) {}

  private MergeTagScanner() {}

  /**
   * Every tag that is unknown, or not for these audiences or this variant, and every section not
   * closed, closed without being opened or closed out of order, with its position.
   */
  public static List<TagError> check(
      String body, Set<AccountKind> audiences, LetterVariant variant) {
    List<TagError> errors = new ArrayList<>();
    LinePositions positions = new LinePositions(body);
    Set<Integer> tagStarts = new HashSet<>();
    Deque<Opened> open = new ArrayDeque<>();
    Matcher matcher = TAG.matcher(body);
    while (matcher.find()) {
      tagStarts.add(matcher.start());
      String kind = matcher.group(1);
      String name = matcher.group(2);
      Message problem = problemWith(name, audiences, variant);
      if (problem != null && !kind.equals("/")) {
        errors.add(positions.error(name, matcher.start(), problem));
      }
      if (kind.equals("#") || kind.equals("^")) {
        open.push(new Opened(kind, name, matcher.start()));
      } else if (kind.equals("/")) {
        if (open.isEmpty()) {
          errors.add(
              positions.error("/" + name, matcher.start(), Message.of("tag.closedNotOpened")));
        } else if (!open.peek().name().equals(name)) {
          errors.add(
              positions.error(
                  "/" + name,
                  matcher.start(),
                  Message.of("tag.closesOther", name, open.peek().name())));
          open.pop();
        } else {
          open.pop();
        }
      }
    }
    for (Opened unclosed : open) {
      errors.add(
          positions.error(
              unclosed.mark() + unclosed.name(),
              unclosed.start(),
              Message.of("tag.sectionNotClosed", "{{/" + unclosed.name() + "}}")));
    }
    for (int brace = body.indexOf("{{"); brace >= 0; brace = body.indexOf("{{", brace + 2)) {
      if (!tagStarts.contains(brace) && !tagStarts.contains(brace - 1)) {
        errors.add(positions.error("{{", brace, Message.of("tag.notClosed", "}}")));
        break;
      }
    }
    errors.sort((a, b) -> a.line() != b.line() ? a.line() - b.line() : a.column() - b.column());
    return errors;
  }

  /**
   * The body with each tag replaced by its value, which must already be safe HTML, and each section
   * kept or left out. A section never closed runs to the end of the body.
   */
  static String merge(String body, Map<MergeTag, String> htmlValues) {
    Matcher matcher = TAG.matcher(body);
    StringBuilder merged = new StringBuilder();
    // One entry per open section: whether its content shows (its parents' included).
    Deque<Boolean> shown = new ArrayDeque<>();
    int copied = 0;
    while (matcher.find()) {
      boolean showing = shown.isEmpty() || shown.peek();
      if (showing) {
        merged.append(body, copied, matcher.start());
      }
      copied = matcher.end();
      String value = MergeTag.byName(matcher.group(2)).map(htmlValues::get).orElse(null);
      boolean present = value != null && !value.isBlank();
      switch (matcher.group(1)) {
        case "#" -> shown.push(showing && present);
        case "^" -> shown.push(showing && !present);
        case "/" -> {
          if (!shown.isEmpty()) {
            shown.pop();
          }
        }
        default -> {
          if (showing && value != null) {
            merged.append(value);
          }
        }
      }
    }
    if (shown.isEmpty() || shown.peek()) {
      merged.append(body, copied, body.length());
    }
    return merged.toString();
  }

  private static Message problemWith(
      String name, Set<AccountKind> audiences, LetterVariant variant) {
    MergeTag tag = MergeTag.byName(name).orElse(null);
    if (tag == null) {
      return Message.of("tag.unknown");
    }
    if (!tag.variants().contains(variant)) {
      return variant == LetterVariant.NO_QR
          ? Message.of("tag.notWithoutQr")
          : Message.of("tag.onlyWithoutQr");
    }
    if (!tag.audiences().containsAll(audiences)) {
      return Message.of(
          "tag.onlyFor",
          String.join(", ", tag.audiences().stream().map(Enum::name).sorted().toList()));
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

    TagError error(String tag, int offset, Message message) {
      int index = Collections.binarySearch(starts, offset);
      int line = index >= 0 ? index : -index - 2;
      return new TagError(tag, line + 1, offset - starts.get(line) + 1, message);
    }
  }
}
