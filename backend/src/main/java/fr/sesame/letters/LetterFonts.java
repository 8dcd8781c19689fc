package fr.sesame.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The letter fonts (Liberation Sans), read once from the classpath.
 *
 * <p>Their {@code GSUB} table is hidden (its tag renamed, the font otherwise untouched): PDFBox
 * runs glyph substitution on every string drawn with a font that has one, which took well over half
 * of a letter's rendering time, for ligatures a letter does not need.
 */
final class LetterFonts {

  record Face(String file, int weight, FontStyle style, byte[] bytes) {}

  static final List<Face> FACES =
      List.of(
          face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
          face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
          face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  private LetterFonts() {}

  /** For a single document: each face subset to the glyphs it uses. */
  static void registerSubset(PdfRendererBuilder builder) {
    for (Face face : FACES) {
      builder.useFont(
          () -> new ByteArrayInputStream(face.bytes()),
          LetterRenderer.FONT,
          face.weight(),
          face.style(),
          true);
    }
  }

  private static Face face(String file, int weight, FontStyle style) {
    try (InputStream font = LetterFonts.class.getResourceAsStream("/liberation/" + file)) {
      if (font == null) {
        throw new IllegalStateException("Font missing from the classpath: " + file);
      }
      return new Face(file, weight, style, withoutGlyphSubstitution(font.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renames the GSUB table record to GSUb, which keeps the table directory sorted. */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    ByteBuffer buffer = ByteBuffer.wrap(font);
    int tables = Short.toUnsignedInt(buffer.getShort(4));
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (new String(font, record, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
        font[record + 3] = 'b';
      }
    }
    return font;
  }
}
