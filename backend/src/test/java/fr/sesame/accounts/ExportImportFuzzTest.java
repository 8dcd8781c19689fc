package fr.sesame.accounts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.sesame.web.ProblemException;
import java.time.LocalDate;

/**
 * Any bytes uploaded as a school export (zip, XML, ONDE or Sésame CSV) are read or refused with a
 * problem, never with another exception. Runs its seed corpus as a regression test in the normal
 * build; run with {@code JAZZER_FUZZ=1} to explore.
 */
class ExportImportFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsAnyExportOrSaysWhy(byte[] bytes) {
    try {
      ImportFiles.read("export.zip", bytes, LocalDate.of(2026, 9, 1));
    } catch (ProblemException refused) {
      // A clear refusal is a correct answer.
    }
  }
}
