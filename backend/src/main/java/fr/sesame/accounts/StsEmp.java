package fr.sesame.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * STS-Web's staff export ({@code sts_emp_<UAI>_<année>.xml}, root {@code STS_EDT}): each {@code
 * INDIVIDU} becomes a teacher when its {@code FONCTION} is {@code ENS}, and staff otherwise
 * (direction {@code DIR}, education {@code EDU}, documentation {@code DOC}, and any other).
 */
final class StsEmp {

  static final String ROOT = "STS_EDT";
  private static final String PARAMETRES = ROOT + "/PARAMETRES";
  private static final String INDIVIDU = ROOT + "/DONNEES/INDIVIDUS/INDIVIDU";

  private StsEmp() {}

  static ExportFile read(ImportArchive.Unpacked file, String encoding) {
    String[] uai = new String[1];
    List<XmlElement> individuals = new ArrayList<>();
    XmlRecords.read(
        file.bytes(),
        file.name(),
        Set.of(PARAMETRES, INDIVIDU),
        element -> {
          if (element.name().equals("PARAMETRES")) {
            uai[0] = element.text("UAJ");
          } else {
            individuals.add(element);
          }
        });
    List<ImportRowReader.Draft> drafts = new ArrayList<>();
    int line = 0;
    for (XmlElement individual : individuals) {
      line++;
      String id = individual.attribute("ID");
      String lastName = SiecleNames.lastName(individual);
      String firstName = SiecleNames.limit(individual.text("PRENOM"));
      List<ImportReport.Error> errors = SiecleNames.check(id, "ID", lastName, firstName);
      AccountKind kind =
          "ENS".equals(individual.text("FONCTION")) ? AccountKind.TEACHER : AccountKind.STAFF;
      AccountRow row =
          new AccountRow(
              null,
              kind,
              civility(individual.text("CIVILITE")),
              lastName == null ? "" : lastName,
              firstName == null ? "" : firstName,
              null,
              null,
              null,
              null,
              ImportFormat.STS.externalPrefix() + id,
              null,
              PasswordState.NONE);
      drafts.add(new ImportRowReader.Draft(line, row, List.of(), false, errors, true));
    }
    return new ExportFile(
        file.name(),
        ImportFormat.STS,
        encoding,
        file.zipped(),
        uai[0],
        drafts,
        List.of(),
        null,
        List.of());
  }

  private static String civility(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "1" -> "M.";
      case "2" -> "Mme";
      default -> null;
    };
  }
}
