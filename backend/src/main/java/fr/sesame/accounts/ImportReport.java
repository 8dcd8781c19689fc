package fr.sesame.accounts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.sesame.web.Message;
import java.util.List;
import java.util.UUID;

/**
 * What an import did, or would do, line by line; which files it read, as what; who it marks as
 * having left ({@code leavers}, listed before anything changes in a dry run); what it noticed.
 */
record ImportReport(
    boolean dryRun,
    String format,
    int created,
    int updated,
    int unchanged,
    int errors,
    int left,
    String encoding,
    String separator,
    List<String> unknownColumns,
    List<FileRead> files,
    List<Line> lines,
    List<Leaver> leavers,
    List<Message> warnings) {

  enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    ERROR
  }

  /** One file as recognised: its format ({@link ImportFormat}) and the encoding it was read in. */
  record FileRead(String name, String format, String encoding, boolean zipped) {}

  /** One line (or record) of a file; names as read, to recognise the line. */
  record Line(
      int line,
      Outcome outcome,
      String login,
      String lastName,
      String firstName,
      List<Error> errors,
      String file) {}

  /**
   * {@code column} is the header name as in the file, or null for the whole line; {@code code} is
   * stable, {@code message} in the caller's language.
   */
  @JsonPropertyOrder({"column", "code", "message"})
  record Error(String column, @JsonIgnore Message text) {

    /** As read back from an answer, by a client of the API. */
    @JsonCreator
    static Error read(
        @JsonProperty("column") String column,
        @JsonProperty("code") String code,
        @JsonProperty("message") String message) {
      return new Error(column, new Message(code, List.of(), message));
    }

    @JsonProperty("code")
    String code() {
      return text.code() == null ? "field.invalid" : text.code();
    }

    @JsonProperty("message")
    Message message() {
      return text;
    }
  }

  /** An account no longer in its export, marked as having left. */
  record Leaver(UUID id, AccountKind kind, String login, String lastName, String firstName) {}

  static ImportReport of(
      boolean dryRun,
      List<ExportFile> files,
      List<Line> lines,
      List<Leaver> leavers,
      List<Message> warnings) {
    int[] counts = new int[Outcome.values().length];
    lines.forEach(line -> counts[line.outcome().ordinal()]++);
    ExportFile first = files.get(0);
    CsvFile csv = first.csv();
    return new ImportReport(
        dryRun,
        first.format().name(),
        counts[Outcome.CREATED.ordinal()],
        counts[Outcome.UPDATED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()],
        counts[Outcome.ERROR.ordinal()],
        leavers.size(),
        first.encoding(),
        csv == null ? null : csv.separator() == '\t' ? "tab" : String.valueOf(csv.separator()),
        files.stream().flatMap(f -> f.unknownColumns().stream()).toList(),
        files.stream()
            .map(f -> new FileRead(f.name(), f.format().name(), f.encoding(), f.zipped()))
            .toList(),
        lines,
        leavers,
        warnings);
  }
}
