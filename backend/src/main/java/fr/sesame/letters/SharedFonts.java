package fr.sesame.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
 * PDFBox fonts are not thread-safe, hence one set per thread. A letter on its own embeds the Latin
 * subsets ({@link LetterFonts#LATIN_FACES}) the same way, loaded once instead of once a letter.
 */
final class SharedFonts {

  private static final ThreadLocal<SharedFonts> PER_THREAD =
      ThreadLocal.withInitial(() -> new SharedFonts(LetterFonts.FACES));
  // Separate objects: a merge's writer reads the whole fonts of any rendering thread.
  private static final ThreadLocal<SharedFonts> LATIN_PER_THREAD =
      ThreadLocal.withInitial(() -> new SharedFonts(LetterFonts.LATIN_FACES));

  // Holds the font streams; lives as long as its thread.
  private final PDDocument owner = new PDDocument();
  private final List<PDType0Font> fonts;

  private SharedFonts(List<LetterFonts.Face> faces) {
    this.fonts = faces.stream().map(face -> load(face.bytes())).toList();
  }

  static SharedFonts ofThisThread() {
    return PER_THREAD.get();
  }

  /** The Latin subsets, for documents that {@link LetterFonts#latinFits} (see the class note). */
  static SharedFonts latinOfThisThread() {
    return LATIN_PER_THREAD.get();
  }

  void register(PdfRendererBuilder builder) {
    register(builder, false);
  }

  /**
   * With {@code uprightOnly}, the italic faces (which letters rarely use) are subset for the
   * document instead, read only if it uses them: embedding them whole too would double a letter's
   * size.
   */
  void register(PdfRendererBuilder builder, boolean uprightOnly) {
    for (int i = 0; i < fonts.size(); i++) {
      LetterFonts.Face face = LetterFonts.FACES.get(i);
      if (uprightOnly && face.style() != FontStyle.NORMAL) {
        LetterFonts.registerSubset(builder, face);
        continue;
      }
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
