package fr.sesame.letters;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** Reads a QR code from an image, as a phone camera would: used to check letters. */
public final class QrDecoding {

  private QrDecoding() {}

  /**
   * The decoded text, or null when no QR code is found. Like a phone's scanner, it tries more than
   * one way to separate dark from light, then looks for several codes on the page.
   */
  public static String decode(BufferedImage image) {
    LuminanceSource source = new BufferedImageLuminanceSource(image);
    Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    for (BinaryBitmap bitmap :
        List.of(
            new BinaryBitmap(new HybridBinarizer(source)),
            new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
      try {
        return new QRCodeReader().decode(bitmap, hints).getText();
      } catch (NotFoundException | ChecksumException | FormatException e) {
        try {
          Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap, hints);
          if (found.length > 0) {
            return found[0].getText();
          }
        } catch (NotFoundException notFound) {
          // try the next binarizer
        }
      }
    }
    return null;
  }
}
