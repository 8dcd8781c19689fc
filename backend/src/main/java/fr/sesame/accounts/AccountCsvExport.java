package fr.sesame.accounts;

import fr.sesame.web.SpreadsheetCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Accounts as a CSV file a French spreadsheet opens as is ({@code ;}, UTF-8 with BOM) and the
 * import reads back. A cell that a spreadsheet would take for a formula ({@code = + - @}, tab,
 * carriage return at the start) gets a leading apostrophe.
 */
final class AccountCsvExport {

  static final String BOM = SpreadsheetCsv.BOM;

  private AccountCsvExport() {}

  static String headerLine() {
    List<String> names = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      names.add(column.frenchName());
    }
    return BOM + line(names);
  }

  static String line(Map.Entry<AccountRow, String> rowAndChildren) {
    AccountRow row = rowAndChildren.getKey();
    List<String> cells = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      cells.add(
          switch (column) {
            case KIND -> row.kind().name();
            case LAST_NAME -> row.lastName();
            case FIRST_NAME -> row.firstName();
            case CIVILITY -> row.civility();
            case LOGIN -> row.login();
            case EMAIL -> row.email();
            case CLASS_NAME -> row.className();
            case CONNECTION_MODE -> row.connectionMode().name();
            case CHILDREN -> rowAndChildren.getValue();
            case ADDRESS -> row.address();
            case EXTERNAL_ID -> row.externalId();
          });
    }
    return line(cells);
  }

  private static String line(List<String> cells) {
    return SpreadsheetCsv.line(cells);
  }
}
