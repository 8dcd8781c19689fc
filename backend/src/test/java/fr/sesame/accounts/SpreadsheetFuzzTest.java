package fr.sesame.accounts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.sesame.web.ProblemException;
import java.time.LocalDate;

/**
 * Any bytes uploaded as an .xlsx either read or are refused with a problem, never with another
 * exception. Its seed corpus (a small workbook, a truncated one, a zip that only claims to be a
 * workbook) runs as a regression test; {@code JAZZER_FUZZ=1} explores.
 */
class SpreadsheetFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsAnyWorkbookOrSaysWhy(byte[] bytes) {
    try {
      ImportFiles.read("comptes.xlsx", bytes, LocalDate.of(2026, 9, 1));
    } catch (ProblemException refused) {
      // A clear refusal is a correct answer.
    }
  }
}
