package fr.sesame.accounts;

import java.util.List;
import java.util.Locale;

/** What an import did, or would do, line by line. */
record ImportReport(
    boolean dryRun,
    int created,
    int updated,
    int unchanged,
    int errors,
    String encoding,
    String separator,
    List<String> unknownColumns,
    List<Line> lines) {

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    ERROR
  }

  /** One line of the file; names as read, to recognise the line. */
  record Line(
      int line,
      Outcome outcome,
      String login,
      String lastName,
      String firstName,
      List<Error> errors) {}

  /** {@code column} is the header name as in the file, or null for the whole line. */
  record Error(String column, String message) {}

  static ImportReport of(
      boolean dryRun, CsvFile file, List<String> unknownColumns, List<Line> lines) {
    int[] counts = new int[Outcome.values().length];
    lines.forEach(line -> counts[line.outcome().ordinal()]++);
    return new ImportReport(
        dryRun,
        counts[Outcome.CREATED.ordinal()],
        counts[Outcome.UPDATED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()],
        counts[Outcome.ERROR.ordinal()],
        file.charset().name().toLowerCase(Locale.ROOT),
        file.separator() == '\t' ? "tab" : String.valueOf(file.separator()),
        unknownColumns,
        lines);
  }
}
