package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file split into a header and rows (Apache Commons CSV: quoted fields may hold separators
 * and line breaks), each row with the line of the file it starts on. Blank rows are skipped.
 */
record CsvTable(List<String> header, List<Row> rows) {

  /** A data row and the line it starts on (the header is line 1). */
  record Row(int line, List<String> values) {
    String value(int column) {
      return column < values.size() ? values.get(column).strip() : "";
    }
  }

  static CsvTable parse(CsvFile file, int maxRows) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(file.separator())
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    int[] lineStarts = lineStarts(file.text());
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), format)) {
      for (CSVRecord record : parser) {
        List<String> values = record.toList();
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (header == null) {
          header = values;
          continue;
        }
        if (rows.size() == maxRows) {
          throw new ProblemException(
              ProblemType.IMPORT_TOO_MANY_ROWS, Message.of("import.tooManyRows", maxRows));
        }
        rows.add(new Row(lineOf(record.getCharacterPosition(), lineStarts), values));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException broken) {
      throw new ProblemException(
          ProblemType.IMPORT_UNREADABLE,
          Message.of("import.csvInvalid", Message.plain(firstLine(broken.getMessage()))));
    }
    if (header == null) {
      throw new ProblemException(ProblemType.IMPORT_UNREADABLE, Message.of("import.empty"));
    }
    return new CsvTable(header, rows);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(long position, int[] lineStarts) {
    int index = Arrays.binarySearch(lineStarts, (int) position);
    return (index >= 0 ? index : -index - 2) + 1;
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }
}
