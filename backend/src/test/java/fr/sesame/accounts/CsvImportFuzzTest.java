package fr.sesame.accounts;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.sesame.web.ProblemException;

/**
 * Any bytes uploaded as a CSV file either import or are refused with a problem, never with another
 * exception. Runs its seed corpus as a regression test in the normal build; run with {@code
 * JAZZER_FUZZ=1} to explore.
 */
class CsvImportFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void readsAnyBytesOrSaysWhy(byte[] bytes) {
    try {
      CsvTable table = CsvTable.parse(CsvFile.decode(bytes), 1_000);
      ImportColumn.Layout layout = ImportColumn.Layout.of(table.header());
      ImportRowReader reader = new ImportRowReader(layout);
      table.rows().forEach(reader::read);
    } catch (ProblemException refused) {
      // A clear refusal is a correct answer.
    }
  }
}
