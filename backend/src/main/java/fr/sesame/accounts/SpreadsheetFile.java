package fr.sesame.accounts;

import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet saved as {@code .xlsx} (Excel, LibreOffice): its first sheet read as the CSV it
 * would have been saved as, each cell as displayed (a date as a date, a number without « ,0 »).
 * Apache POI opens it, within limits a zip bomb cannot pass.
 */
final class SpreadsheetFile {

  static {
    // POI's zip guards are process-wide: a small compression ratio and bounded entries refuse a
    // few kilobytes that would inflate to gigabytes before anything is parsed.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(ImportArchive.MAX_UNPACKED_BYTES);
    ZipSecureFile.setMaxFileCount(1_000);
  }

  private SpreadsheetFile() {}

  /** A zip whose entries name an Excel workbook ({@code xl/workbook.xml}). */
  static boolean recognises(byte[] bytes) {
    if (!ImportArchive.isZip(bytes)) {
      return false;
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      int seen = 0;
      for (ZipEntry entry = zip.getNextEntry();
          entry != null && seen < 1_000;
          entry = zip.getNextEntry(), seen++) {
        if (entry.getName().toLowerCase(Locale.ROOT).equals("xl/workbook.xml")) {
          return true;
        }
      }
    } catch (IOException | IllegalArgumentException unreadable) {
      return false;
    }
    return false;
  }

  /** The first sheet as a table: its first non-blank row names the columns. */
  static CsvTable read(String name, byte[] bytes, int maxRows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw problem(name + " has no sheet.");
      }
      Sheet sheet = workbook.getSheetAt(0);
      if (sheet.getLastRowNum() > maxRows + 1) {
        throw new ProblemException(
            ProblemType.IMPORT_TOO_MANY_ROWS,
            name + " has more than " + maxRows + " rows; split it into several files.");
      }
      return table(name, sheet, maxRows);
    } catch (ProblemException known) {
      throw known;
    } catch (IOException | RuntimeException broken) {
      // A damaged workbook fails deep inside POI in many ways; each is the same answer here.
      throw problem(
          name
              + " is not a readable Excel workbook ("
              + reason(broken)
              + "); open it and save it again, or save it as « CSV UTF-8 ».");
    }
  }

  private static CsvTable table(String name, Sheet sheet, int maxRows) {
    DataFormatter formatter = new DataFormatter(Locale.FRANCE);
    // A formula's last computed value, as the sheet shows it; nothing is evaluated here.
    formatter.setUseCachedValuesForFormulaCells(true);
    List<String> header = null;
    List<CsvTable.Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> values = values(row, formatter);
      if (values.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (header == null) {
        header = values;
        continue;
      }
      if (rows.size() == maxRows) {
        throw new ProblemException(
            ProblemType.IMPORT_TOO_MANY_ROWS,
            name + " has more than " + maxRows + " rows; split it into several files.");
      }
      rows.add(new CsvTable.Row(row.getRowNum() + 1, values));
    }
    if (header == null) {
      throw problem(name + " is empty: the first row must name the columns.");
    }
    return new CsvTable(header, rows);
  }

  private static List<String> values(Row row, DataFormatter formatter) {
    int last = Math.max(0, row.getLastCellNum());
    List<String> values = new ArrayList<>(last);
    for (int i = 0; i < last; i++) {
      Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
      values.add(cell == null ? "" : formatter.formatCellValue(cell));
    }
    return values;
  }

  private static String reason(Exception broken) {
    if (broken instanceof InvalidFormatException || broken instanceof NotOfficeXmlFileException) {
      return "not an Office Open XML file";
    }
    String message = broken.getMessage();
    if (message == null || message.isBlank()) {
      return broken.getClass().getSimpleName();
    }
    String first = message.lines().findFirst().orElse("");
    return first.length() > 200 ? first.substring(0, 200) + "…" : first;
  }

  private static ProblemException problem(String detail) {
    return new ProblemException(ProblemType.IMPORT_UNREADABLE, detail);
  }
}
