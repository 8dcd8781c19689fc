package fr.sesame.accounts;

import fr.sesame.accounts.ImportReport.Outcome;
import fr.sesame.accounts.ImportRowReader.Draft;
import fr.sesame.web.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an import will do, decided against the file's other rows and the stored accounts: which row
 * updates which account (same external id, else same login), which logins to make, which children
 * each parent gets, and every clash, reported on the line where it appears.
 */
final class ImportPlan {

  /** One line's decision; {@code target} is the row to store, with the stored id if any. */
  record Decision(
      int line,
      Outcome outcome,
      AccountRow target,
      Set<String> childLogins,
      List<ImportReport.Error> errors) {}

  private final List<Decision> decisions = new ArrayList<>();

  /**
   * @param existing stored accounts the file may refer to (by login or external id)
   * @param takenLogins every login already stored
   * @param storedChildren for stored parents, the logins of their children
   */
  ImportPlan(
      List<Draft> drafts,
      List<AccountRow> existing,
      Set<String> takenLogins,
      Map<UUID, Set<String>> storedChildren,
      Logins logins,
      String childrenColumn) {
    Map<String, AccountRow> byLogin = new HashMap<>();
    Map<String, AccountRow> byExternalId = new HashMap<>();
    for (AccountRow row : existing) {
      byLogin.put(row.login(), row);
      if (row.externalId() != null) {
        byExternalId.put(externalKey(row.kind(), row.externalId()), row);
      }
    }
    Set<String> reserved = new HashSet<>(takenLogins);
    Map<String, Integer> loginLines = new HashMap<>();
    Map<String, Integer> externalIdLines = new HashMap<>();
    List<AccountRow> matches = new ArrayList<>();
    List<AccountRow> targets = new ArrayList<>();
    List<List<ImportReport.Error>> errorsByDraft = new ArrayList<>();

    for (Draft draft : drafts) {
      List<ImportReport.Error> errors = new ArrayList<>(draft.errors());
      AccountRow row = draft.row();
      AccountRow match = null;
      if (row.externalId() != null) {
        String key = externalKey(row.kind(), row.externalId());
        Integer earlier = externalIdLines.putIfAbsent(key, draft.line());
        if (earlier != null) {
          errors.add(
              new ImportReport.Error(null, Message.of("import.externalIdRepeated", earlier)));
        }
        match = byExternalId.get(key);
      }
      if (match == null && row.login() != null) {
        match = byLogin.get(row.login());
        if (match != null && match.kind() != row.kind()) {
          errors.add(
              new ImportReport.Error(null, Message.of("import.loginOtherKind", row.login())));
          match = null;
        }
      }
      String login = row.login();
      if (login != null) {
        Integer earlier = loginLines.putIfAbsent(login, draft.line());
        boolean usedElsewhere =
            takenLogins.contains(login) && (match == null || !login.equals(match.login()));
        if (earlier != null) {
          errors.add(
              new ImportReport.Error(null, Message.of("import.loginRepeated", login, earlier)));
        } else if (usedElsewhere) {
          errors.add(new ImportReport.Error(null, Message.of("login.taken", login)));
        }
      } else if (match != null) {
        login = match.login();
      } else {
        login = Logins.firstFree(logins.base(row.firstName(), row.lastName()), reserved);
      }
      reserved.add(login);
      loginLines.putIfAbsent(login, draft.line());
      AccountRow kept = draft.fromExport() && match != null ? match : null;
      targets.add(
          new AccountRow(
              match == null ? null : match.id(),
              row.kind(),
              storedIfNull(row.civility(), kept, AccountRow::civility),
              row.lastName(),
              row.firstName(),
              login,
              storedIfNull(row.email(), kept, AccountRow::email),
              row.className(),
              storedIfNull(row.address(), kept, AccountRow::address),
              row.externalId(),
              row.connectionMode() != null
                  ? row.connectionMode()
                  : kept != null ? kept.connectionMode() : ConnectionMode.DIRECT,
              match == null ? PasswordState.NONE : match.passwordState()));
      matches.add(match);
      errorsByDraft.add(errors);
    }

    ChildResolver children = new ChildResolver(targets, existing);
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      AccountRow target = targets.get(i);
      AccountRow match = matches.get(i);
      List<ImportReport.Error> errors = errorsByDraft.get(i);
      Set<String> childLogins = null;
      if (draft.childrenGiven()) {
        childLogins = new LinkedHashSet<>();
        for (String reference : draft.childrenRefs()) {
          String child = children.loginOf(reference);
          if (child == null) {
            errors.add(
                new ImportReport.Error(
                    childrenColumn, Message.of("import.childUnknown", reference)));
          } else {
            childLogins.add(child);
          }
        }
      }
      Outcome outcome;
      if (!errors.isEmpty()) {
        outcome = Outcome.ERROR;
      } else if (match == null) {
        outcome = Outcome.CREATED;
      } else {
        boolean sameChildren =
            childLogins == null
                || Objects.equals(childLogins, storedChildren.getOrDefault(match.id(), Set.of()));
        outcome = target.sameDetailsAs(match) && sameChildren ? Outcome.UNCHANGED : Outcome.UPDATED;
      }
      decisions.add(new Decision(draft.line(), outcome, target, childLogins, List.copyOf(errors)));
    }
  }

  List<Decision> decisions() {
    return decisions;
  }

  boolean hasErrors() {
    return decisions.stream().anyMatch(d -> d.outcome() == Outcome.ERROR);
  }

  /** The report's lines; {@code fileOfDecision} names the file each decision's draft came from. */
  List<ImportReport.Line> lines(List<String> fileOfDecision) {
    List<ImportReport.Line> lines = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      lines.add(
          new ImportReport.Line(
              d.line(),
              d.outcome(),
              d.target().login(),
              emptyToNull(d.target().lastName()),
              emptyToNull(d.target().firstName()),
              d.errors(),
              fileOfDecision.get(i)));
    }
    return lines;
  }

  private static <T> T storedIfNull(
      T value, AccountRow stored, java.util.function.Function<AccountRow, T> field) {
    return value != null || stored == null ? value : field.apply(stored);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  static String externalKey(AccountKind kind, String externalId) {
    return kind.name() + ":" + externalId;
  }

  /** Finds a student, in the file first, then among stored accounts, by external id or login. */
  private static final class ChildResolver {
    private final Map<String, String> loginByReference = new HashMap<>();

    ChildResolver(List<AccountRow> fileRows, List<AccountRow> stored) {
      index(stored);
      index(fileRows);
    }

    private void index(List<AccountRow> rows) {
      for (AccountRow row : rows) {
        if (row.kind() == AccountKind.STUDENT) {
          loginByReference.put("login:" + row.login(), row.login());
          if (row.externalId() != null) {
            loginByReference.put("id:" + row.externalId(), row.login());
          }
        }
      }
    }

    String loginOf(String reference) {
      String byId = loginByReference.get("id:" + reference);
      return byId != null ? byId : loginByReference.get("login:" + Text.fold(reference));
    }
  }
}
