package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sesame.web.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  @Test
  void readsWindows1252AsSpreadsheetsSaveIt() {
    byte[] bytes = "nom;prenom\r\nDupré;Hélène\r\n".getBytes(CsvFile.WINDOWS_1252);
    CsvFile file = CsvFile.decode(bytes);
    assertThat(file.charset()).isEqualTo(CsvFile.WINDOWS_1252);
    assertThat(file.text()).contains("Dupré;Hélène");
  }

  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] plain = "nom,prenom\nDupré,Hélène\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, withBom, 3, plain.length);
    for (byte[] bytes : new byte[][] {plain, withBom}) {
      CsvFile file = CsvFile.decode(bytes);
      assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
      assertThat(file.text()).startsWith("nom,prenom");
      assertThat(file.separator()).isEqualTo(',');
    }
  }

  @Test
  void detectsTheSeparatorOutsideQuotes() {
    assertThat(CsvFile.decode(bytes("\"a,b,c\";nom;prenom")).separator()).isEqualTo(';');
    assertThat(CsvFile.decode(bytes("\"a;b;c\",nom,prenom")).separator()).isEqualTo(',');
    assertThat(CsvFile.decode(bytes("nom\tprenom\ttype")).separator()).isEqualTo('\t');
  }

  @Test
  void refusesUtf16WithAnExplanation() {
    byte[] bytes = "\uFEFFnom;prenom".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> CsvFile.decode(bytes))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("cannot be read");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
