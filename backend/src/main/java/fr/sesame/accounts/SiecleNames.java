package fr.sesame.accounts;

import fr.sesame.web.Message;
import java.util.ArrayList;
import java.util.List;

/** Names as SIECLE and STS-Web give them: the usage name when there is one, else the birth name. */
final class SiecleNames {

  private SiecleNames() {}

  static String lastName(XmlElement person) {
    String usage = person.text("NOM_USAGE");
    return limit(usage != null ? usage : person.text("NOM_DE_FAMILLE"));
  }

  static String limit(String value) {
    return limit(value, 100);
  }

  static String limit(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** What makes a record unusable: no id to find it again next year, or no name. */
  static List<ImportReport.Error> check(
      String id, String idName, String lastName, String firstName) {
    List<ImportReport.Error> errors = new ArrayList<>();
    if (id == null) {
      errors.add(new ImportReport.Error(idName, Message.of("import.idMissing")));
    } else if (id.length() > 80) {
      errors.add(new ImportReport.Error(idName, Message.of("field.sizeMax", 80)));
    }
    if (lastName == null) {
      errors.add(new ImportReport.Error("NOM_DE_FAMILLE", Message.of("field.required")));
    }
    if (firstName == null) {
      errors.add(new ImportReport.Error("PRENOM", Message.of("field.required")));
    }
    return errors;
  }
}
