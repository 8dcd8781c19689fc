package fr.sesame.letters;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letter fonts, loaded once per rendering thread and embedded whole (not subset): every chunk
 * of a merge then refers to identical font objects, which {@link MergedPdfWriter} writes once.
 * PDFBox fonts are not thread-safe, hence one set per thread.
 */
final class SharedFonts {

  private static final ThreadLocal<SharedFonts> PER_THREAD =
      ThreadLocal.withInitial(SharedFonts::new);

  // Holds the font streams; lives as long as its thread.
  private final PDDocument owner = new PDDocument();
  private final List<PDType0Font> fonts =
      LetterFonts.FACES.stream().map(face -> load(face.bytes())).toList();

  static SharedFonts ofThisThread() {
    return PER_THREAD.get();
  }

  void register(PdfRendererBuilder builder) {
    for (int i = 0; i < fonts.size(); i++) {
      LetterFonts.Face face = LetterFonts.FACES.get(i);
      builder.useFont(
          new PDFontSupplier(fonts.get(i)),
          LetterRenderer.FONT,
          face.weight(),
          face.style(),
          false);
    }
  }

  private PDType0Font load(byte[] font) {
    try {
      return PDType0Font.load(owner, new ByteArrayInputStream(font), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
