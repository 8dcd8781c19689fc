package fr.sesame.identity;

import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded logo, checked by its content: PNG or JPEG by signature, and its size in pixels read
 * from the header without decoding the image (a tiny file cannot expand into a huge bitmap).
 */
record LogoImage(byte[] bytes, String mediaType, int width, int height) {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MIN_PIXELS = 32;
  static final int MAX_PIXELS = 4000;

  /** Reads the header; throws {@link IllegalArgumentException} saying what is wrong. */
  static LogoImage check(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new InvalidValue(Message.of("logo.tooLarge", 1));
    }
    String mediaType = mediaTypeOf(bytes);
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new InvalidValue(Message.of("logo.unreadable"));
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (Math.min(width, height) < MIN_PIXELS || Math.max(width, height) > MAX_PIXELS) {
          throw new InvalidValue(
              Message.of("logo.dimensions", width, height, MIN_PIXELS, MAX_PIXELS));
        }
        return new LogoImage(bytes, mediaType, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new InvalidValue(Message.of("logo.damaged"));
    }
  }

  private static String mediaTypeOf(byte[] bytes) {
    if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    throw new InvalidValue(Message.of("logo.type"));
  }

  private static boolean startsWith(byte[] bytes, int... signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
