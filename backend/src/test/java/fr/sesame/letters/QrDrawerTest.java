package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.common.BitMatrix;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/** The QR code as a PDF form: exactly the code's dark modules, in module units, one fill. */
class QrDrawerTest {

  @Test
  void theFormFillsExactlyTheDarkModules() throws Exception {
    String link = "https://sesame.college.fr/activer#a8Jx_Qm-3fN9dE2kLr0pZsUvWyXb4cH6iT1oG5";
    BitMatrix modules = QrCodes.encode(link);
    int size = modules.getWidth();
    try (PDDocument document = new PDDocument()) {
      PDFormXObject form = QrDrawer.form(document, modules);
      assertThat(form.getBBox().getWidth()).isGreaterThanOrEqualTo(size);
      // Rows downwards: module row 0 at the top of the box.
      assertThat(form.getMatrix().getScaleY()).isEqualTo(-1f);
      assertThat(form.getMatrix().getTranslateY()).isEqualTo(size);

      boolean[][] drawn = new boolean[size][size];
      List<Object> operands = new ArrayList<>();
      int fills = 0;
      for (Object token : new PDFStreamParser(form).parse()) {
        if (!(token instanceof Operator operator)) {
          operands.add(token);
          continue;
        }
        switch (operator.getName()) {
          case "re" -> {
            int column = ((COSNumber) operands.get(0)).intValue();
            int row = ((COSNumber) operands.get(1)).intValue();
            float width = ((COSNumber) operands.get(2)).floatValue();
            // Whole modules, with the hair of overlap that hides seams, never more.
            assertThat(width - Math.round(width)).isBetween(0f, 0.02f);
            for (int i = 0; i < Math.round(width); i++) {
              assertThat(drawn[row][column + i]).as("module drawn twice").isFalse();
              drawn[row][column + i] = true;
            }
          }
          case "f" -> fills++;
          default -> {}
        }
        operands.clear();
      }
      assertThat(fills).isEqualTo(1);
      for (int row = 0; row < size; row++) {
        for (int column = 0; column < size; column++) {
          assertThat(drawn[row][column])
              .as("module %d,%d", column, row)
              .isEqualTo(modules.get(column, row));
        }
      }
    }
  }
}
