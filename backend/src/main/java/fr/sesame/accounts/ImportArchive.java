package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens the zip a national tool wraps its export in ({@code ExportXML_ElevesSansAdresses.zip}):
 * exactly one XML or CSV file inside, unpacked with a cap on what it may grow to.
 */
final class ImportArchive {

  /** A 3,000-pupil lycée's guardians with addresses weigh about 10 MB; room for three times it. */
  static final int MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

  private static final int MAX_ENTRIES = 50;

  private ImportArchive() {}

  /** A file as read: its name and its bytes, unpacked if it was a zip. */
  record Unpacked(String name, byte[] bytes, boolean zipped) {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && (bytes[2] == 3 || bytes[2] == 5)
        && (bytes[3] == 4 || bytes[3] == 6);
  }

  static Unpacked unpack(String name, byte[] bytes) {
    if (!isZip(bytes)) {
      return new Unpacked(name, bytes, false);
    }
    Unpacked found = null;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw problem(Message.of("import.zipTooManyEntries", name, MAX_ENTRIES));
        }
        String entryName = entry.getName();
        String lower = entryName.toLowerCase(Locale.ROOT);
        if (entry.isDirectory() || !(lower.endsWith(".xml") || lower.endsWith(".csv"))) {
          continue;
        }
        if (found != null) {
          throw problem(Message.of("import.zipSeveralFiles", name, found.name(), entryName));
        }
        found = new Unpacked(entryName, readCapped(zip, name), true);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw problem(Message.of("import.zipUnreadable", name));
    }
    if (found == null) {
      throw problem(Message.of("import.zipEmpty", name));
    }
    return found;
  }

  private static byte[] readCapped(ZipInputStream zip, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    for (int read = zip.read(chunk); read >= 0; read = zip.read(chunk)) {
      if (out.size() + read > MAX_UNPACKED_BYTES) {
        throw new ProblemException(
            ProblemType.PAYLOAD_TOO_LARGE,
            Message.of("import.zipTooLarge", name, MAX_UNPACKED_BYTES / (1024 * 1024)));
      }
      out.write(chunk, 0, read);
    }
    return out.toByteArray();
  }

  private static ProblemException problem(Message detail) {
    return new ProblemException(ProblemType.IMPORT_UNREADABLE, detail);
  }
}
