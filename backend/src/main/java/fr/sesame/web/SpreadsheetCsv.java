package fr.sesame.web;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV lines a French spreadsheet opens as is: {@code ;} separators, CRLF, UTF-8 with a BOM first. A
 * cell that a spreadsheet would take for a formula ({@code = + - @}, tab, carriage return at the
 * start) gets a leading apostrophe.
 */
public final class SpreadsheetCsv {

  public static final String BOM = "\uFEFF";
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private SpreadsheetCsv() {}

  /** One line, its cells made safe, ending in CRLF. */
  public static String line(List<String> cells) {
    return FORMAT.format(cells.stream().map(SpreadsheetCsv::safeCell).toArray()) + "\r\n";
  }

  /** Neutralises what a spreadsheet would run as a formula. */
  public static String safeCell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
