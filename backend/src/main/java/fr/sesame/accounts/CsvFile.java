package fr.sesame.accounts;

import fr.sesame.web.ControlCharacters;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file's text as a French spreadsheet saves it: UTF-8 with or without BOM, or Windows-1252
 * when the bytes are not valid UTF-8; separated by {@code ;}, {@code ,} or tabs, whichever the
 * header line uses most.
 */
record CsvFile(String text, Charset charset, char separator) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static CsvFile decode(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new ProblemException(ProblemType.IMPORT_UNREADABLE, Message.of("import.utf16"));
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
    String text;
    Charset charset;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(content)
              .toString();
      charset = StandardCharsets.UTF_8;
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, start, bytes.length - start, WINDOWS_1252);
      charset = WINDOWS_1252;
    }
    refuseControlCharacters(text);
    return new CsvFile(text, charset, separatorOf(firstLine(text)));
  }

  /** A NUL or other control character is no spreadsheet's text, and no database takes NUL. */
  private static void refuseControlCharacters(String text) {
    int at = ControlCharacters.firstForbidden(text);
    if (at >= 0) {
      long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      throw new ProblemException(
          ProblemType.IMPORT_UNREADABLE,
          Message.of(
              "import.lineForbiddenCharacter", line, ControlCharacters.describe(text.charAt(at))));
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  private static String firstLine(String text) {
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  /** The separator used most often outside quotes; {@code ;} on a tie, as French files do. */
  private static char separatorOf(String header) {
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ';' -> semicolons++;
          case ',' -> commas++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (tabs > semicolons && tabs > commas) {
      return '\t';
    }
    return commas > semicolons ? ',' : ';';
  }
}
