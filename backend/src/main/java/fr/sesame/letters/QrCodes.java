package fr.sesame.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * QR codes as a phone camera reads them best: error correction M, the standard 4-module quiet zone,
 * no ECI header for an ASCII link (byte mode's default, ISO-8859-1, covers it: one segment fewer),
 * so that a 40-character public URL with its token stays within version 5.
 */
final class QrCodes {

  private static final int PIXELS_PER_MODULE = 8;

  private QrCodes() {}

  static byte[] png(String text) {
    try {
      BitMatrix scaled = scale(encode(text), PIXELS_PER_MODULE);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      MatrixToImageWriter.writeToStream(scaled, "PNG", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BitMatrix encode(String text) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 4);
    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode this text as a QR code", e);
    }
  }

  /** The same code as SVG: one path of unit squares, crisp at any size. */
  static String svg(String text) {
    BitMatrix modules = encode(text);
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + modules.getWidth()
        + " "
        + modules.getHeight()
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  /**
   * The HTML a letter carries for a QR code: an object {@link QrDrawer} draws as vector squares,
   * with its alternative text for screen readers.
   */
  static String object(String text, String alternative) {
    return "<object class=\"qr\" type=\""
        + QrDrawer.TYPE
        + "\" data-text=\""
        + HtmlUtils.htmlEscape(text)
        + "\" alt=\""
        + HtmlUtils.htmlEscape(alternative)
        + "\"></object>";
  }

  private static BitMatrix scale(BitMatrix modules, int factor) {
    BitMatrix scaled = new BitMatrix(modules.getWidth() * factor, modules.getHeight() * factor);
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y)) {
          scaled.setRegion(x * factor, y * factor, factor, factor);
        }
      }
    }
    return scaled;
  }
}
