package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.web.SpreadsheetCsv;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountCsvExportTest {

  @ParameterizedTest
  @CsvSource({
    "'=HYPERLINK(\"x\")', '''=HYPERLINK(\"x\")'",
    "+33 1 23, '''+33 1 23'",
    "-2+3, '''-2+3'",
    "@SUM(A1), '''@SUM(A1)'",
    "Dupré, Dupré",
    "a=b, a=b",
  })
  void neutralisesFormulas(String cell, String exported) {
    assertThat(SpreadsheetCsv.safeCell(cell)).isEqualTo(exported);
  }
}
