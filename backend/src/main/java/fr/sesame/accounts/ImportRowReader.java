package fr.sesame.accounts;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads one CSV row into an account draft, checking each cell on its own; checks that need the
 * other rows or the database come later, in {@link ImportPlan}.
 */
final class ImportRowReader {

  private static final Map<String, AccountKind> KINDS =
      Map.ofEntries(
          Map.entry("student", AccountKind.STUDENT),
          Map.entry("eleve", AccountKind.STUDENT),
          Map.entry("parent", AccountKind.PARENT),
          Map.entry("responsable", AccountKind.PARENT),
          Map.entry("responsable legal", AccountKind.PARENT),
          Map.entry("teacher", AccountKind.TEACHER),
          Map.entry("professeur", AccountKind.TEACHER),
          Map.entry("enseignant", AccountKind.TEACHER),
          Map.entry("staff", AccountKind.STAFF),
          Map.entry("personnel", AccountKind.STAFF),
          Map.entry("inspector", AccountKind.INSPECTOR),
          Map.entry("inspecteur", AccountKind.INSPECTOR));

  private final ImportColumn.Layout layout;

  ImportRowReader(ImportColumn.Layout layout) {
    this.layout = layout;
  }

  /**
   * A row as read: the draft (login may be null: to be made), children references, errors. A draft
   * {@code fromExport} does not carry every detail: what it leaves null (e-mail, civility, address,
   * connection mode) keeps its stored value.
   */
  record Draft(
      int line,
      AccountRow row,
      List<String> childrenRefs,
      boolean childrenGiven,
      List<ImportReport.Error> errors,
      boolean fromExport) {

    Draft(
        int line,
        AccountRow row,
        List<String> childrenRefs,
        boolean childrenGiven,
        List<ImportReport.Error> errors) {
      this(line, row, childrenRefs, childrenGiven, errors, false);
    }
  }

  Draft read(CsvTable.Row csv) {
    List<ImportReport.Error> errors = new ArrayList<>();
    AccountKind kind = kind(csv, errors);
    String lastName = required(csv, ImportColumn.LAST_NAME, 100, errors);
    String firstName = required(csv, ImportColumn.FIRST_NAME, 100, errors);
    String login = optional(csv, ImportColumn.LOGIN, 100, errors);
    if (login != null) {
      try {
        login = Logins.normalise(login);
      } catch (IllegalArgumentException wrong) {
        errors.add(error(ImportColumn.LOGIN, InvalidValue.messageOf(wrong)));
        login = null;
      }
    }
    String email = optional(csv, ImportColumn.EMAIL, 254, errors);
    if (email != null && !Text.isEmail(email)) {
      errors.add(error(ImportColumn.EMAIL, Message.of("email.invalid")));
    }
    String className = optional(csv, ImportColumn.CLASS_NAME, 50, errors);
    if (className != null && kind != null && kind != AccountKind.STUDENT) {
      errors.add(error(ImportColumn.CLASS_NAME, Message.of("account.classOnlyForStudents")));
    }
    List<String> children = childrenRefs(layout.value(csv, ImportColumn.CHILDREN));
    if (!children.isEmpty() && kind != null && kind != AccountKind.PARENT) {
      errors.add(error(ImportColumn.CHILDREN, Message.of("account.childrenOnlyForParents")));
    }
    AccountRow row =
        new AccountRow(
            null,
            kind == null ? AccountKind.STUDENT : kind,
            optional(csv, ImportColumn.CIVILITY, 20, errors),
            lastName == null ? "" : lastName,
            firstName == null ? "" : firstName,
            login,
            email,
            className,
            optional(csv, ImportColumn.ADDRESS, 500, errors),
            optional(csv, ImportColumn.EXTERNAL_ID, 100, errors),
            connectionMode(csv, errors),
            PasswordState.NONE);
    return new Draft(
        csv.line(),
        row,
        children,
        layout.has(ImportColumn.CHILDREN) && kind == AccountKind.PARENT,
        errors);
  }

  private AccountKind kind(CsvTable.Row csv, List<ImportReport.Error> errors) {
    String value = layout.value(csv, ImportColumn.KIND);
    AccountKind kind = KINDS.get(Text.fold(value).strip().replaceAll("[\\s_-]+", " "));
    if (kind == null) {
      errors.add(
          error(
              ImportColumn.KIND,
              value.isEmpty()
                  ? Message.of("import.kindMissing")
                  : Message.of("import.kindUnknown", value)));
    }
    return kind;
  }

  private ConnectionMode connectionMode(CsvTable.Row csv, List<ImportReport.Error> errors) {
    String value = Text.fold(layout.value(csv, ImportColumn.CONNECTION_MODE)).strip();
    return switch (value) {
      case "", "direct", "directe" -> ConnectionMode.DIRECT;
      case "ent" -> ConnectionMode.ENT;
      default -> {
        errors.add(error(ImportColumn.CONNECTION_MODE, Message.of("field.oneOf", "DIRECT, ENT")));
        yield ConnectionMode.DIRECT;
      }
    };
  }

  private String required(
      CsvTable.Row csv, ImportColumn column, int max, List<ImportReport.Error> errors) {
    String value = optional(csv, column, max, errors);
    if (value == null) {
      errors.add(error(column, Message.of("field.required")));
    }
    return value;
  }

  private String optional(
      CsvTable.Row csv, ImportColumn column, int max, List<ImportReport.Error> errors) {
    String value = Text.blankToNull(layout.value(csv, column));
    if (value != null && value.length() > max) {
      errors.add(error(column, Message.of("field.sizeMax", max)));
      return value.substring(0, max);
    }
    return value;
  }

  private ImportReport.Error error(ImportColumn column, Message message) {
    return new ImportReport.Error(
        layout.has(column)
            ? layout.header().get(layout.positions().get(column)).strip()
            : column.frenchName(),
        message);
  }

  private static List<String> childrenRefs(String cell) {
    return Arrays.stream(cell.split("[,|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
