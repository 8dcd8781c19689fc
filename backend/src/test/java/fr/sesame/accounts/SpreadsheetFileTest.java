package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A secretary's .xlsx reads as the CSV it would have been saved as; a broken one says why. */
class SpreadsheetFileTest {

  @Test
  void theFirstSheetReadsAsASesameTable() {
    byte[] bytes =
        Workbooks.xlsx(
            List.of(
                List.of("type", "nom", "prenom", "classe", "id_externe"),
                List.of(),
                List.of("Élève", "Lefèvre", "Zoé", "6A", 12345),
                List.of("Responsable", "Dupré", "Hélène")));
    assertThat(SpreadsheetFile.recognises(bytes)).isTrue();
    ExportFile file = ImportFiles.read("comptes.xlsx", bytes, LocalDate.of(2026, 9, 1));
    assertThat(file.format()).isEqualTo(ImportFormat.CSV);
    assertThat(file.encoding()).isEqualTo("xlsx");
    assertThat(file.drafts()).hasSize(2);
    assertThat(file.drafts().get(0).row().lastName()).isEqualTo("Lefèvre");
    // A number typed in a cell is its digits, not « 12345,0 » or « 1.2345E4 ».
    assertThat(file.drafts().get(0).row().externalId()).isEqualTo("12345");
    // Row numbers are the sheet's, as the secretary sees them.
    assertThat(file.drafts().get(1).line()).isEqualTo(4);
  }

  @Test
  void missingColumnsAreNamedAsForACsv() {
    byte[] bytes = Workbooks.xlsx(List.of(List.of("Nom", "Prénom"), List.of("Dupré", "Hélène")));
    assertThatThrownBy(() -> ImportFiles.read("comptes.xlsx", bytes, LocalDate.now()))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("import.columnsMissing[type]");
  }

  @Test
  void aDamagedWorkbookIsAClearProblem() throws IOException {
    byte[] whole =
        Workbooks.xlsx(List.of(List.of("type", "nom", "prenom"), List.of("Élève", "A", "B")));
    // Cut short, as a failed download leaves it; and a zip that only claims to be a workbook.
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    byte[] fake = zip("xl/workbook.xml", "<not a workbook".getBytes(StandardCharsets.UTF_8));
    for (byte[] broken : List.of(truncated, fake)) {
      assertThatThrownBy(() -> ImportFiles.read("comptes.xlsx", broken, LocalDate.now()))
          .isInstanceOfSatisfying(
              ProblemException.class, p -> assertThat(p.type()).isIn(ProblemType.IMPORT_UNREADABLE))
          .hasMessageContaining("comptes.xlsx");
    }
  }

  @Test
  void aZipBombIsRefusedBeforeItInflates() throws IOException {
    // 200 MB of zeros in the first sheet compress to about 200 KB: far below POI's ratio floor.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = out.toByteArray();
    assertThat(bomb.length).isLessThan(1024 * 1024);
    Runtime runtime = Runtime.getRuntime();
    assertThatThrownBy(() -> ImportFiles.read("bombe.xlsx", bomb, LocalDate.now()))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("bombe.xlsx");
    assertThat(runtime.totalMemory() - runtime.freeMemory()).isLessThan(runtime.maxMemory());
  }

  /** Prints what reading a large school's workbook costs; asserts only that it reads. */
  @Test
  void threeThousandRowsMeasured() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "type",
            "civilite",
            "nom",
            "prenom",
            "identifiant",
            "email",
            "classe",
            "mode_connexion",
            "enfants",
            "adresse",
            "id_externe"));
    for (int i = 0; i < 3_000; i++) {
      rows.add(
          List.of(
              "Élève",
              "",
              "Nom" + i,
              "Prénom" + i,
              "",
              "eleve" + i + "@example.fr",
              "6" + (char) ('A' + i % 6),
              "DIRECT",
              "",
              i + " rue des Écoles, 75005 Paris",
              "E" + i));
    }
    byte[] bytes = Workbooks.xlsx(rows);
    ImportFiles.read("grand.xlsx", bytes, LocalDate.now()); // warm-up
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    ExportFile file = ImportFiles.read("grand.xlsx", bytes, LocalDate.now());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long after = runtime.totalMemory() - runtime.freeMemory();
    assertThat(file.drafts()).hasSize(3_000);
    long tableStart = System.nanoTime();
    SpreadsheetFile.read("grand.xlsx", bytes, 20_000);
    long tableMillis = (System.nanoTime() - tableStart) / 1_000_000;
    StringBuilder csv = new StringBuilder();
    rows.forEach(
        row ->
            csv.append(String.join(";", row.stream().map(String::valueOf).toList()))
                .append("\r\n"));
    long csvStart = System.nanoTime();
    ImportFiles.read("grand.csv", csv.toString().getBytes(StandardCharsets.UTF_8), LocalDate.now());
    long csvMillis = (System.nanoTime() - csvStart) / 1_000_000;
    System.out.printf(
        "xlsx 3,000 rows: the sheet alone in %d ms; the same rows as CSV read in %d ms%n",
        tableMillis, csvMillis);
    System.out.printf(
        "xlsx 3,000 rows: %d KB file, read in %d ms, heap grew by about %d MB%n",
        bytes.length / 1024, millis, Math.max(0, after - before) / (1024 * 1024));
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
