package fr.sesame.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Letter fonts loaded once per rendering thread and embedded whole (not subset), so that no
 * document pays for reading, measuring and compressing them again. PDFBox fonts are not
 * thread-safe, hence one set per thread; a document only refers to them, and writes them as its
 * own.
 *
 * <ul>
 *   <li>{@link #merged()}: the whole faces. Every chunk of a merge then refers to identical font
 *       objects, which {@link MergedPdfWriter} writes once.
 *   <li>{@link #latin()}: the upright faces subset to {@link LetterFonts#LATIN}, for a letter on
 *       its own that {@link LetterFonts#latinFits fits} them; its italic faces, which letters
 *       rarely use, are subset to the glyphs used, as embedding them whole too would double its
 *       size.
 * </ul>
 */
final class SharedFonts {

  private static final ThreadLocal<SharedFonts> MERGED =
      ThreadLocal.withInitial(() -> new SharedFonts(LetterFonts.FACES));
  private static final ThreadLocal<SharedFonts> LATIN =
      ThreadLocal.withInitial(
          () ->
              new SharedFonts(
                  LetterFonts.LATIN_FACES.stream()
                      .filter(face -> face.style() == FontStyle.NORMAL)
                      .toList()));

  // Holds the font streams; lives as long as its thread.
  private final PDDocument owner = new PDDocument();
  private final List<LetterFonts.Face> faces;
  private final List<PDType0Font> fonts;

  private SharedFonts(List<LetterFonts.Face> faces) {
    this.faces = faces;
    this.fonts = faces.stream().map(face -> load(face.bytes())).toList();
  }

  static SharedFonts merged() {
    return MERGED.get();
  }

  static SharedFonts latin() {
    return LATIN.get();
  }

  /**
   * For a document PDFBox saves itself ({@link #latin()}): saving numbers every object it writes,
   * fonts included, and a later document would keep a font's old number and drop the font when one
   * of its own objects already has that number. The numbers are forgotten first.
   */
  void registerForSaving(PdfRendererBuilder builder) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    fonts.forEach(font -> forgetNumbers(font.getCOSObject(), seen));
    register(builder);
  }

  void register(PdfRendererBuilder builder) {
    for (int i = 0; i < fonts.size(); i++) {
      LetterFonts.Face face = faces.get(i);
      builder.useFont(
          new PDFontSupplier(fonts.get(i)),
          LetterRenderer.FONT,
          face.weight(),
          face.style(),
          false);
    }
  }

  private static void forgetNumbers(COSBase object, Set<COSBase> seen) {
    if (object == null || !seen.add(object)) {
      return;
    }
    object.setKey(null);
    if (object instanceof COSObject reference) {
      forgetNumbers(reference.getObject(), seen);
    } else if (object instanceof COSDictionary dictionary) { // streams too
      dictionary.getValues().forEach(value -> forgetNumbers(value, seen));
    } else if (object instanceof COSArray array) {
      array.forEach(value -> forgetNumbers(value, seen));
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
