package fr.sesame.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Dates as school tools write them: {@code 31/08/2026} or {@code 2026-08-31}, told by shape. */
final class ExportDates {

  private static final Pattern FRENCH = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter FRENCH_FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu");

  private ExportDates() {}

  /** The date, or null when blank or not a date in either shape. */
  static LocalDate parse(String value) {
    String text = Text.blankToNull(value);
    if (text == null) {
      return null;
    }
    try {
      if (FRENCH.matcher(text).matches()) {
        return LocalDate.parse(text, FRENCH_FORMAT);
      }
      if (ISO.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }
}
