package fr.sesame.accounts;

import fr.sesame.web.Message;
import java.util.List;

/**
 * One file of an import, read: its format and encoding, the school it comes from (null for CSV),
 * the accounts it brings and what the reader noticed ({@code warnings}).
 */
record ExportFile(
    String name,
    ImportFormat format,
    String encoding,
    boolean zipped,
    String uai,
    List<ImportRowReader.Draft> drafts,
    List<Message> warnings,
    CsvFile csv,
    List<String> unknownColumns,
    String childrenColumn) {

  /** A file of a school tool: no CSV header to speak of. */
  ExportFile(
      String name,
      ImportFormat format,
      String encoding,
      boolean zipped,
      String uai,
      List<ImportRowReader.Draft> drafts,
      List<Message> warnings,
      CsvFile csv,
      List<String> unknownColumns) {
    this(name, format, encoding, zipped, uai, drafts, warnings, csv, unknownColumns, null);
  }
}
