package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks across the files of one import: the school they come from, one file per kind. */
final class ExportChecks {

  private ExportChecks() {}

  /** Refuses two files of one format: the second would mark the first one's people as left. */
  static void oneOfEachFormat(List<ExportFile> files) {
    Set<ImportFormat> seen = EnumSet.noneOf(ImportFormat.class);
    for (ExportFile file : files) {
      if (file.format() != ImportFormat.CSV && !seen.add(file.format())) {
        throw new ProblemException(
            ProblemType.IMPORT_UNREADABLE, Message.of("import.twoOfAKind", file.format().name()));
      }
    }
  }

  /** Refuses an export of another school; answers a warning when no UAI is set to check with. */
  static List<Message> sameSchool(List<ExportFile> files, String ownUai) {
    List<Message> warnings = new ArrayList<>();
    for (ExportFile file : files) {
      if (file.uai() == null) {
        continue;
      }
      String theirs = file.uai().strip().toUpperCase(Locale.ROOT);
      if (ownUai == null || ownUai.isBlank()) {
        warnings.add(Message.of("import.warning.noUaiToCheck", file.name(), theirs));
      } else if (!theirs.equals(ownUai.strip().toUpperCase(Locale.ROOT))) {
        throw new ProblemException(
                ProblemType.IMPORT_OTHER_SCHOOL,
                Message.of("import.otherSchool", file.name(), theirs, ownUai.strip()))
            .with("fileUai", theirs)
            .with("establishmentUai", ownUai.strip());
      }
    }
    return warnings;
  }

  /**
   * Keeps, for each guardian, only the children still at school ({@code atSchool}: external ids); a
   * guardian left with none gets no account. Answers the kept drafts.
   */
  static List<ImportRowReader.Draft> guardiansOfPupilsAtSchool(
      List<ImportRowReader.Draft> guardians, Set<String> atSchool, List<Message> warnings) {
    List<ImportRowReader.Draft> kept = new ArrayList<>();
    int dropped = 0;
    for (ImportRowReader.Draft draft : guardians) {
      List<String> children = draft.childrenRefs().stream().filter(atSchool::contains).toList();
      if (children.isEmpty()) {
        dropped++;
        continue;
      }
      kept.add(
          new ImportRowReader.Draft(
              draft.line(), draft.row(), children, true, draft.errors(), true));
    }
    if (dropped > 0) {
      warnings.add(Message.of("import.warning.guardiansWithoutPupil", dropped));
    }
    return kept;
  }
}
