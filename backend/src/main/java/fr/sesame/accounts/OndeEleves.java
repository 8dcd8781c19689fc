package fr.sesame.accounts;

import fr.sesame.web.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ONDE's pupils extraction (primary schools): a CSV whose header names {@code Nom élève}, {@code
 * Prénom élève}, {@code INE}, {@code Libellé classe}... in ISO-8859-1 or UTF-8, dates in either
 * shape. A pupil is found again next year by its INE; one without INE cannot be and is left out.
 */
final class OndeEleves {

  private OndeEleves() {}

  /** Whether a CSV header is ONDE's: it names the pupil's last name and INE as ONDE does. */
  static boolean recognises(List<String> header) {
    List<String> names = header.stream().map(OndeEleves::key).toList();
    return names.contains("nom eleve") && names.contains("ine");
  }

  static ExportFile read(ImportArchive.Unpacked file, CsvFile csv) {
    CsvTable table = CsvTable.parse(csv, AccountImporter.MAX_ROWS);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < table.header().size(); i++) {
      columns.putIfAbsent(key(table.header().get(i)), i);
    }
    List<ImportRowReader.Draft> drafts = new ArrayList<>();
    List<Message> warnings = new ArrayList<>();
    for (CsvTable.Row csvRow : table.rows()) {
      String lastName = SiecleNames.limit(cell(csvRow, columns, "nom eleve"));
      String firstName = SiecleNames.limit(cell(csvRow, columns, "prenom eleve"));
      String ine = cell(csvRow, columns, "ine");
      if (ine == null) {
        warnings.add(Message.of("import.warning.noIne", csvRow.line(), firstName, lastName));
        continue;
      }
      List<ImportReport.Error> errors = SiecleNames.check(ine, "INE", lastName, firstName);
      String birth = cell(csvRow, columns, "date naissance");
      LocalDate born = ExportDates.parse(birth);
      if (birth != null && born == null) {
        errors.add(new ImportReport.Error("Date naissance", Message.of("import.notADate", birth)));
      }
      String className = SiecleNames.limit(cell(csvRow, columns, "libelle classe"), 50);
      if (className == null) {
        warnings.add(Message.of("import.warning.noClass", csvRow.line(), firstName, lastName));
      }
      AccountRow row =
          new AccountRow(
              null,
              AccountKind.STUDENT,
              null,
              lastName == null ? "" : lastName,
              firstName == null ? "" : firstName,
              null,
              null,
              className,
              null,
              ImportFormat.ONDE.externalPrefix() + ine.toUpperCase(Locale.ROOT),
              null,
              PasswordState.NONE);
      drafts.add(new ImportRowReader.Draft(csvRow.line(), row, List.of(), false, errors, true));
    }
    if (columns.keySet().stream().anyMatch(name -> name.contains("responsable"))) {
      warnings.add(Message.of("import.warning.ondeGuardians"));
    }
    return new ExportFile(
        file.name(),
        ImportFormat.ONDE,
        csv.charset().name().toLowerCase(Locale.ROOT),
        file.zipped(),
        null,
        drafts,
        warnings,
        csv,
        List.of());
  }

  private static String cell(CsvTable.Row row, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    return index == null || index >= row.values().size()
        ? null
        : Text.blankToNull(row.values().get(index));
  }

  private static String key(String header) {
    return Text.fold(header).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
