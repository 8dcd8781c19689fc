package fr.sesame.accounts;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What makes an account valid beyond field sizes, shared by the API and the CSV import: a plain
 * e-mail address, a well-formed login, a class only for students, children only for parents.
 */
final class AccountRules {

  private AccountRules() {}

  /** The row to store for this input, or the fields that are wrong. */
  static AccountRow toRow(UUID id, AccountInput input, String currentLogin, PasswordState state) {
    List<FieldError> errors = new ArrayList<>();
    String login = currentLogin;
    if (input.login() != null && !input.login().isBlank()) {
      try {
        login = Logins.normalise(input.login());
      } catch (IllegalArgumentException wrong) {
        errors.add(new FieldError("login", InvalidValue.messageOf(wrong)));
      }
    }
    String email = Text.blankToNull(input.email());
    if (email != null && !Text.isEmail(email)) {
      errors.add(new FieldError("email", Message.of("email.invalid")));
    }
    String className = Text.blankToNull(input.className());
    if (className != null && input.kind() != AccountKind.STUDENT) {
      errors.add(new FieldError("className", Message.of("account.classOnlyForStudents")));
    }
    if (input.childrenIds() != null
        && !input.childrenIds().isEmpty()
        && input.kind() != AccountKind.PARENT) {
      errors.add(new FieldError("childrenIds", Message.of("account.childrenOnlyForParents")));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalidFields(errors);
    }
    return new AccountRow(
        id,
        input.kind(),
        Text.blankToNull(input.civility()),
        input.lastName().strip(),
        input.firstName().strip(),
        login,
        email,
        className,
        Text.blankToNull(input.address()),
        Text.blankToNull(input.externalId()),
        input.connectionMode() == null ? ConnectionMode.DIRECT : input.connectionMode(),
        state);
  }
}
