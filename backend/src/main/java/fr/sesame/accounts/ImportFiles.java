package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.LocalDate;
import java.util.List;

/**
 * Tells what a file is by its content, never by its name: a zip is opened first, then an XML file
 * is a SIECLE or STS-Web export by its root element, and a text file is ONDE's extraction or a
 * Sésame CSV by its header.
 */
final class ImportFiles {

  private ImportFiles() {}

  static ExportFile read(String name, byte[] bytes, LocalDate today) {
    // Only a zip may be a workbook: a CSV never loads the spreadsheet reader.
    if (ImportArchive.isZip(bytes) && SpreadsheetFile.recognises(bytes)) {
      CsvTable table = SpreadsheetFile.read(name, bytes, AccountImporter.MAX_ROWS);
      return csv(new ImportArchive.Unpacked(name, bytes, false), null, "xlsx", table);
    }
    ImportArchive.Unpacked file = ImportArchive.unpack(name, bytes);
    if (looksLikeXml(file.bytes())) {
      XmlRecords.Prolog prolog = XmlRecords.prolog(file.bytes(), file.name());
      return capped(xml(file, prolog, today));
    }
    CsvFile csv = CsvFile.decode(file.bytes());
    CsvTable table = CsvTable.parse(csv, AccountImporter.MAX_ROWS);
    if (OndeEleves.recognises(table.header())) {
      return OndeEleves.read(file, csv);
    }
    return csv(file, csv, csv.charset().name().toLowerCase(java.util.Locale.ROOT), table);
  }

  private static ExportFile xml(
      ImportArchive.Unpacked file, XmlRecords.Prolog prolog, LocalDate today) {
    return switch (prolog.root()) {
      case SiecleEleves.ROOT -> SiecleEleves.read(file, prolog.encoding(), today);
      case SiecleResponsables.ROOT -> SiecleResponsables.read(file, prolog.encoding());
      case StsEmp.ROOT -> StsEmp.read(file, prolog.encoding());
      default ->
          throw new ProblemException(
              ProblemType.IMPORT_UNREADABLE,
              Message.of("import.xmlUnknownKind", file.name(), prolog.root()));
    };
  }

  /** The same cap as for CSV rows: beyond it, an export is not one school's. */
  private static ExportFile capped(ExportFile file) {
    if (file.drafts().size() > AccountImporter.MAX_ROWS) {
      throw new ProblemException(
          ProblemType.IMPORT_TOO_MANY_ROWS,
          Message.of("import.tooManyPeople", file.name(), AccountImporter.MAX_ROWS));
    }
    return file;
  }

  /** A Sésame table, from a CSV file ({@code csv}) or a spreadsheet ({@code csv} null). */
  private static ExportFile csv(
      ImportArchive.Unpacked file, CsvFile csv, String encoding, CsvTable table) {
    ImportColumn.Layout layout = ImportColumn.Layout.of(table.header());
    List<String> missing = layout.missingRequired();
    if (!missing.isEmpty()) {
      throw new ProblemException(
          ProblemType.IMPORT_UNREADABLE,
          Message.of("import.columnsMissing", String.join(", ", missing)));
    }
    ImportRowReader reader = new ImportRowReader(layout);
    return new ExportFile(
        file.name(),
        ImportFormat.CSV,
        encoding,
        file.zipped(),
        null,
        table.rows().stream().map(reader::read).toList(),
        List.of(),
        csv,
        layout.unknown(),
        layout.has(ImportColumn.CHILDREN)
            ? layout.header().get(layout.positions().get(ImportColumn.CHILDREN)).strip()
            : null);
  }

  /** An XML declaration or a root element first, after a byte-order mark and blanks. */
  private static boolean looksLikeXml(byte[] bytes) {
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
  }
}
