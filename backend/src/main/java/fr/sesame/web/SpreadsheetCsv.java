package fr.sesame.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

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

  /**
   * A download of {@code lines} (the first one starting with {@link #BOM}) as {@code filename},
   * encoded as they come: memory stays flat however many lines there are.
   */
  public static ResponseEntity<Flux<DataBuffer>> attachment(String filename, Flux<String> lines) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(
            lines.map(
                line ->
                    DefaultDataBufferFactory.sharedInstance.wrap(
                        line.getBytes(StandardCharsets.UTF_8))));
  }

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
