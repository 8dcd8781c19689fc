package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void keepsQuotedSeparatorsAndLineBreaksAndCountsLines() {
    String text =
        "type;nom;adresse\r\n"
            + "Responsable;\"Dupré; née Martin\";\"12 rue des Écoles\r\n75005 Paris\"\r\n"
            + "\r\n"
            + "Élève;Lefèvre;\r\n";
    CsvTable table = CsvTable.parse(CsvFile.decode(text.getBytes(StandardCharsets.UTF_8)), 10);
    assertThat(table.header()).containsExactly("type", "nom", "adresse");
    assertThat(table.rows()).hasSize(2);
    assertThat(table.rows().get(0).line()).isEqualTo(2);
    assertThat(table.rows().get(0).values())
        .containsExactly("Responsable", "Dupré; née Martin", "12 rue des Écoles\r\n75005 Paris");
    assertThat(table.rows().get(1).line()).isEqualTo(5);
    assertThat(table.rows().get(1).value(2)).isEmpty();
  }

  @Test
  void refusesMoreRowsThanAllowed() {
    String text = "nom\n" + "x\n".repeat(4);
    assertThatThrownBy(
            () -> CsvTable.parse(CsvFile.decode(text.getBytes(StandardCharsets.UTF_8)), 3))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.type()).isEqualTo(ProblemType.IMPORT_TOO_MANY_ROWS));
  }

  @Test
  void refusesAnUnterminatedQuote() {
    String text = "nom;prenom\n\"Dupré;Hélène\n";
    assertThatThrownBy(
            () -> CsvTable.parse(CsvFile.decode(text.getBytes(StandardCharsets.UTF_8)), 3))
        .isInstanceOfSatisfying(
            ProblemException.class,
            p -> assertThat(p.type()).isEqualTo(ProblemType.IMPORT_UNREADABLE));
  }

  @Test
  void readsFrenchAndEnglishHeadersInAnyOrder() {
    ImportColumn.Layout layout =
        ImportColumn.Layout.of(List.of("Prénom", "NOM", "kind", "Mode connexion", "remarque"));
    assertThat(layout.missingRequired()).isEmpty();
    assertThat(layout.positions().get(ImportColumn.FIRST_NAME)).isZero();
    assertThat(layout.positions().get(ImportColumn.CONNECTION_MODE)).isEqualTo(3);
    assertThat(layout.unknown()).containsExactly("remarque");
    assertThat(ImportColumn.Layout.of(List.of("nom")).missingRequired())
        .containsExactly("type", "prenom");
  }
}
