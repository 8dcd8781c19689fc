package fr.sesame.accounts;

import fr.sesame.web.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SIECLE's pupils export ({@code ElevesSansAdresses.xml} or {@code ElevesAvecAdresses.xml}, root
 * {@code BEE_ELEVES}): each pupil still at school becomes a student, in the class of its {@code D}
 * structure. A pupil whose {@code DATE_SORTIE} is past has left and is not imported.
 */
final class SiecleEleves {

  static final String ROOT = "BEE_ELEVES";
  private static final String PARAMETRES = ROOT + "/PARAMETRES";
  private static final String ELEVE = ROOT + "/DONNEES/ELEVES/ELEVE";
  private static final String STRUCTURES = ROOT + "/DONNEES/STRUCTURES/STRUCTURES_ELEVE";

  private SiecleEleves() {}

  static ExportFile read(ImportArchive.Unpacked file, String encoding, LocalDate today) {
    String[] uai = new String[1];
    List<XmlElement> pupils = new ArrayList<>();
    Map<String, String> classes = new HashMap<>();
    Map<String, String> groups = new HashMap<>();
    XmlRecords.read(
        file.bytes(),
        file.name(),
        Set.of(PARAMETRES, ELEVE, STRUCTURES),
        element -> {
          switch (element.name()) {
            case "PARAMETRES" -> uai[0] = element.text("UAJ");
            case "ELEVE" -> pupils.add(element);
            default -> structures(element, classes, groups);
          }
        });
    List<ImportRowReader.Draft> drafts = new ArrayList<>();
    List<Message> warnings = new ArrayList<>();
    int line = 0;
    int left = 0;
    for (XmlElement pupil : pupils) {
      line++;
      String id = pupil.attribute("ELEVE_ID");
      LocalDate leftOn = ExportDates.parse(pupil.text("DATE_SORTIE"));
      if (leftOn != null && leftOn.isBefore(today)) {
        left++;
        continue;
      }
      String lastName = SiecleNames.lastName(pupil);
      String firstName = SiecleNames.limit(pupil.text("PRENOM"));
      List<ImportReport.Error> errors = SiecleNames.check(id, "ELEVE_ID", lastName, firstName);
      String className = SiecleNames.limit(classes.get(id), 50);
      if (className == null && errors.isEmpty()) {
        String group = groups.get(id);
        warnings.add(
            group == null
                ? Message.of("import.warning.pupilNoClass", firstName, lastName, id)
                : Message.of("import.warning.pupilOnlyGroup", firstName, lastName, id, group));
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
              ImportFormat.SIECLE_PUPILS.externalPrefix() + id,
              null,
              PasswordState.NONE);
      drafts.add(new ImportRowReader.Draft(line, row, List.of(), false, errors, true));
    }
    if (left > 0) {
      warnings.add(Message.of("import.warning.pupilsLeft", left));
    }
    return new ExportFile(
        file.name(),
        ImportFormat.SIECLE_PUPILS,
        encoding,
        file.zipped(),
        uai[0],
        drafts,
        warnings,
        null,
        List.of());
  }

  private static void structures(
      XmlElement element, Map<String, String> classes, Map<String, String> groups) {
    String id = element.attribute("ELEVE_ID");
    for (XmlElement structure : element.children("STRUCTURE")) {
      String code = structure.text("CODE_STRUCTURE");
      if (code == null) {
        continue;
      }
      if ("D".equals(structure.text("TYPE_STRUCTURE"))) {
        classes.put(id, code);
      } else {
        groups.merge(id, code, (a, b) -> a + ", " + b);
      }
    }
  }
}
