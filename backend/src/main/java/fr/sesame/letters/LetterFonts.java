package fr.sesame.letters;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The letter fonts (Liberation Sans), read once from the classpath.
 *
 * <p>Their {@code GSUB} table is hidden (its tag renamed, the font otherwise untouched): PDFBox
 * runs glyph substitution on every string drawn with a font that has one, which took well over half
 * of a letter's rendering time, for ligatures a letter does not need.
 *
 * <p>Each face also comes subset once, at start, to what letters in French and the other languages
 * of the school write ({@link #LATIN}): embedded whole, it keeps a letter on its own small without
 * subsetting fonts for every letter, which was most of the cost of rendering one.
 */
final class LetterFonts {

  record Face(String file, int weight, FontStyle style, byte[] bytes) {}

  static final List<Face> FACES =
      List.of(
          face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
          face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
          face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
          face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

  /**
   * Latin-1, Latin Extended-A, Romanian commas below, and the punctuation and spaces of French
   * typography (narrow no-break space before « ; : ! ? », apostrophe, dashes, ellipsis, euro).
   */
  static final Set<Integer> LATIN = latin();

  private static final List<String> KEPT_TABLES =
      List.of(
          "head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "OS/2", "name", "post", "cvt ",
          "fpgm", "prep", "gasp");

  /** The faces subset to {@link #LATIN}, in the order of {@link #FACES}. */
  static final List<Face> LATIN_FACES =
      FACES.stream()
          .map(face -> new Face(face.file(), face.weight(), face.style(), subset(face.bytes())))
          .toList();

  // Every character a face has: one outside LATIN that a face could draw needs the whole fonts.
  private static final BitSet DRAWN = drawn();

  private LetterFonts() {}

  /** For a single document: each face subset to the glyphs it uses. */
  static void registerSubset(PdfRendererBuilder builder) {
    for (Face face : FACES) {
      registerSubset(builder, face);
    }
  }

  /**
   * The italic faces, subset to the glyphs used: see {@link SharedFonts#latin()}. Subset from their
   * Latin subsets, which a letter that {@link #latinFits} draws the same: a tenth of the bytes to
   * read for every letter that uses italics.
   */
  static void registerItalicSubset(PdfRendererBuilder builder) {
    for (Face face : LATIN_FACES) {
      if (face.style() == FontStyle.ITALIC) {
        registerSubset(builder, face);
      }
    }
  }

  static void registerSubset(PdfRendererBuilder builder, Face face) {
    builder.useFont(
        () -> new ByteArrayInputStream(face.bytes()),
        LetterRenderer.FONT,
        face.weight(),
        face.style(),
        true);
  }

  /**
   * Whether the Latin subsets draw this HTML as the whole fonts would: none of its characters is
   * one the fonts have beyond {@link #LATIN}. Characters no face has are missing either way.
   */
  static boolean latinFits(String html) {
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c >= 0x80 && !LATIN.contains((int) c) && (Character.isSurrogate(c) || DRAWN.get(c))) {
        return false;
      }
    }
    return true;
  }

  private static Set<Integer> latin() {
    Set<Integer> codes = new TreeSet<>();
    for (int c = 0x20; c <= 0x7E; c++) {
      codes.add(c);
    }
    for (int c = 0xA0; c <= 0x17F; c++) {
      codes.add(c);
    }
    for (int c = 0x2000; c <= 0x200A; c++) {
      codes.add(c); // spaces of every width
    }
    codes.addAll(
        List.of(
            0x0218, 0x0219, 0x021A, 0x021B, // Ș ș Ț ț
            0x02C6, 0x02DC, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C,
            0x201D, 0x201E, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x202F, 0x2060,
            0x20AC, 0x2116, 0x2122, 0x2212));
    return Set.copyOf(codes);
  }

  private static byte[] subset(byte[] font) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      // Outlines, metrics, hinting and names; no positioning or substitution tables, which
      // PDFBox does not use here (and which would weigh more than the outlines).
      TTFSubsetter subsetter = new TTFSubsetter(ttf, KEPT_TABLES);
      subsetter.addAll(LATIN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subsetter.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not subset the letter fonts", e);
    }
  }

  private static BitSet drawn() {
    BitSet drawn = new BitSet(0x10000);
    for (Face face : FACES) {
      try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int c = 0; c < 0x10000; c++) {
          if (cmap.getGlyphId(c) != 0) {
            drawn.set(c);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return drawn;
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
