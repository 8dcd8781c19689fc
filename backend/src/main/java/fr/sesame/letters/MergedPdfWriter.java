package fr.sesame.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes one PDF out of many rendered documents, page after page, as they come: each call returns
 * the bytes to send, and nothing of a written page is kept but its object offsets — so memory stays
 * flat however many letters follow.
 *
 * <p>Resources (fonts, images, graphic states) are written once: each is identified by the hash of
 * its serialised form, so the font every letter uses and the logo on every page appear once in the
 * file, while each letter's QR code (a form), unique, is written with its page and not hashed.
 *
 * <p>Not thread-safe: one writer serves one stream, called in page order.
 */
final class MergedPdfWriter {

  private static final int PAGES = 1;
  private static final int CATALOG = 2;
  private static final int INFO = 3;
  private static final Set<COSName> SHARED_RESOURCE_KINDS =
      Set.of(
          COSName.FONT,
          COSName.XOBJECT,
          COSName.EXT_G_STATE,
          COSName.COLORSPACE,
          COSName.PATTERN,
          COSName.SHADING,
          COSName.PROPERTIES);

  private long[] offsets = new long[1024];
  private int nextNumber = INFO + 1;
  private int[] pages = new int[256];
  private int pageCount;
  private long position;
  private static final int MAX_REMEMBERED_FONTS = 64;
  private final Map<ByteBuffer, Integer> sharedByHash = new HashMap<>();
  private final Map<COSBase, Integer> fontNumbers = new IdentityHashMap<>();
  private final MessageDigest sha256 = sha256();

  /** The file's first bytes, sent before any page is rendered. */
  byte[] header() {
    Chunk out = new Chunk();
    out.ascii("%PDF-1.7\n%");
    out.write(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    return out.done();
  }

  /** Appends every page of {@code document}; the caller still closes it. */
  byte[] append(PDDocument document) {
    Chunk out = new Chunk();
    DocumentCopy copy = new DocumentCopy(out);
    for (PDPage page : document.getPages()) {
      copy.page(page);
    }
    copy.drain();
    return out.done();
  }

  int pageCount() {
    return pageCount;
  }

  /** The page tree, catalogue, information and cross-reference table that close the file. */
  byte[] finish(String producer) {
    Chunk out = new Chunk();
    out.begin(PAGES);
    out.ascii("<</Type/Pages/Count " + pageCount + "/Kids[");
    for (int i = 0; i < pageCount; i++) {
      out.ascii(pages[i] + " 0 R ");
    }
    out.ascii("]>>");
    out.end();
    out.begin(CATALOG);
    out.ascii("<</Type/Catalog/Pages " + PAGES + " 0 R>>");
    out.end();
    out.begin(INFO);
    out.ascii("<</Producer");
    out.string(new COSString(producer));
    out.ascii(">>");
    out.end();
    long xref = position + out.size();
    out.ascii("xref\n0 " + nextNumber + "\n0000000000 65535 f\r\n");
    for (int number = 1; number < nextNumber; number++) {
      out.ascii(String.format("%010d 00000 n\r\n", offsets[number]));
    }
    out.ascii(
        "trailer\n<</Size "
            + nextNumber
            + "/Root "
            + CATALOG
            + " 0 R/Info "
            + INFO
            + " 0 R>>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.done();
  }

  private int newNumber() {
    if (nextNumber == offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    return nextNumber++;
  }

  /** The objects of one source document, numbered in the merged file as they are reached. */
  private final class DocumentCopy {

    private final Chunk out;
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    private final Deque<COSBase> toWrite = new ArrayDeque<>();

    DocumentCopy(Chunk out) {
      this.out = out;
    }

    void page(PDPage page) {
      // Inherited attributes are resolved onto the page: its parent is not copied.
      COSDictionary copy = new COSDictionary();
      for (Map.Entry<COSName, COSBase> entry : page.getCOSObject().entrySet()) {
        if (!entry.getKey().equals(COSName.PARENT)) {
          copy.setItem(entry.getKey(), entry.getValue());
        }
      }
      copy.setItem(COSName.MEDIA_BOX, page.getMediaBox().getCOSArray());
      copy.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
      int number = numberOf(page.getCOSObject());
      if (pageCount == pages.length) {
        pages = Arrays.copyOf(pages, pages.length * 2);
      }
      pages[pageCount++] = number;
      toWrite.remove(page.getCOSObject());
      // Resources met on the way are written before the page, which is assembled aside.
      Chunk body = new Chunk();
      Chunk saved = swap(body);
      body.ascii("<</Parent " + PAGES + " 0 R");
      for (Map.Entry<COSName, COSBase> entry : copy.entrySet()) {
        body.name(entry.getKey());
        if (entry.getKey().equals(COSName.RESOURCES)) {
          resources(dereference(entry.getValue()));
        } else {
          value(entry.getValue(), false);
        }
      }
      body.ascii(">>");
      swap(saved);
      out.begin(number);
      out.write(body.toByteArray());
      out.end();
    }

    void drain() {
      while (!toWrite.isEmpty()) {
        COSBase object = toWrite.poll();
        out.begin(numbers.get(object));
        body(object, false);
        out.end();
      }
    }

    private void resources(COSBase resources) {
      Chunk sink = sink();
      if (!(resources instanceof COSDictionary dictionary)) {
        sink.ascii("<<>>");
        return;
      }
      sink.ascii("<<");
      for (Map.Entry<COSName, COSBase> kind : dictionary.entrySet()) {
        sink.name(kind.getKey());
        COSBase entries = dereference(kind.getValue());
        if (SHARED_RESOURCE_KINDS.contains(kind.getKey())
            && entries instanceof COSDictionary named) {
          sink.ascii("<<");
          boolean fonts = kind.getKey().equals(COSName.FONT);
          for (Map.Entry<COSName, COSBase> resource : named.entrySet()) {
            sink.name(resource.getKey());
            int number =
                fonts
                    ? font(resource.getValue())
                    : form(resource.getValue())
                        ? numberOf(dereference(resource.getValue()))
                        : shared(resource.getValue());
            sink.ascii(" " + number + " 0 R");
          }
          sink.ascii(">>");
        } else {
          value(kind.getValue(), false);
        }
      }
      sink.ascii(">>");
    }

    /** A form XObject: a letter's QR code (see {@code QrDrawer}), unique, kept with its page. */
    private static boolean form(COSBase reference) {
      return dereference(reference) instanceof COSStream stream
          && COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE));
    }

    /**
     * Fonts are the same objects from chunk to chunk (see {@code SharedFonts}): remembered by
     * identity, they are not even hashed again. Bounded, in case a render brings fonts of its own.
     */
    private int font(COSBase reference) {
      COSBase font = dereference(reference);
      Integer known = fontNumbers.get(font);
      if (known != null) {
        return known;
      }
      int number = shared(font);
      if (fontNumbers.size() < MAX_REMEMBERED_FONTS) {
        fontNumbers.put(font, number);
      }
      return number;
    }

    /** The number of a resource already in the file with the same content, or of a new one. */
    private int shared(COSBase reference) {
      COSBase object = dereference(reference);
      Integer known = numbers.get(object);
      if (known != null) {
        return known;
      }
      Chunk body = new Chunk();
      Chunk saved = swap(body);
      body(object, true);
      swap(saved);
      byte[] bytes = body.toByteArray();
      ByteBuffer hash = ByteBuffer.wrap(sha256.digest(bytes));
      Integer number = sharedByHash.get(hash);
      if (number == null) {
        number = newNumber();
        sharedByHash.put(hash, number);
        out.begin(number);
        out.write(bytes);
        out.end();
      }
      numbers.put(object, number);
      return number;
    }

    private Chunk current;

    private Chunk swap(Chunk next) {
      Chunk previous = current == null ? out : current;
      current = next;
      return previous;
    }

    private Chunk sink() {
      return current == null ? out : current;
    }

    private void body(COSBase object, boolean sharedGraph) {
      if (object instanceof COSStream stream) {
        stream(stream, sharedGraph);
      } else {
        direct(object, sharedGraph);
      }
    }

    private void value(COSBase value, boolean sharedGraph) {
      boolean indirect =
          value instanceof COSObject
              || value instanceof COSStream
              || (value instanceof COSDictionary && !value.isDirect());
      if (!indirect) {
        direct(value, sharedGraph);
        return;
      }
      COSBase object = dereference(value);
      if (object == null || object instanceof COSNull) {
        sink().ascii(" null");
        return;
      }
      if (!(object instanceof COSDictionary) && !(object instanceof COSArray)) {
        direct(object, sharedGraph); // an indirect number or name: inlined
        return;
      }
      int number = sharedGraph ? shared(object) : numberOf(object);
      sink().ascii(" " + number + " 0 R");
    }

    private int numberOf(COSBase object) {
      Integer number = numbers.get(object);
      if (number == null) {
        number = newNumber();
        numbers.put(object, number);
        toWrite.add(object);
      }
      return number;
    }

    private void direct(COSBase value, boolean sharedGraph) {
      Chunk sink = sink();
      if (value == null || value instanceof COSNull) {
        sink.ascii(" null");
      } else if (value instanceof COSName name) {
        sink.name(name);
      } else if (value instanceof COSString string) {
        sink.string(string);
      } else if (value instanceof COSInteger || value instanceof COSFloat) {
        sink.ascii(" ");
        sink.number(value);
      } else if (value instanceof COSBoolean bool) {
        sink.ascii(bool.getValue() ? " true" : " false");
      } else if (value instanceof COSArray array) {
        sink.ascii("[");
        for (int i = 0; i < array.size(); i++) {
          value(array.get(i), sharedGraph);
        }
        sink.ascii("]");
      } else if (value instanceof COSDictionary dictionary) {
        sink.ascii("<<");
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
          sink.name(entry.getKey());
          value(entry.getValue(), sharedGraph);
        }
        sink.ascii(">>");
      } else if (value instanceof COSObject reference) {
        value(reference, sharedGraph);
      } else {
        throw new IllegalStateException("Unexpected PDF object " + value.getClass());
      }
    }

    private void stream(COSStream stream, boolean sharedGraph) {
      byte[] data;
      // Font streams are shared by concurrent merges; PDFBox streams are read through a cursor.
      synchronized (stream) {
        try (InputStream raw = stream.createRawInputStream()) {
          data = raw.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      Chunk sink = sink();
      sink.ascii("<<");
      for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
        if (!entry.getKey().equals(COSName.LENGTH)) {
          sink.name(entry.getKey());
          value(entry.getValue(), sharedGraph);
        }
      }
      sink.ascii("/Length " + data.length + ">>stream\n");
      sink.write(data);
      sink.ascii("\nendstream");
    }

    private static COSBase dereference(COSBase value) {
      return value instanceof COSObject reference ? reference.getObject() : value;
    }
  }

  /** Bytes for the client, counting the file position so the cross-reference table is right. */
  private final class Chunk extends ByteArrayOutputStream {

    void begin(int number) {
      offsets[number] = position + size();
      ascii(number + " 0 obj\n");
    }

    void end() {
      ascii("\nendobj\n");
    }

    void ascii(String text) {
      writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    void name(COSName name) {
      write(this, name);
    }

    void string(COSString string) {
      try {
        COSWriter.writeString(string, this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void number(COSBase number) {
      try {
        if (number instanceof COSInteger integer) {
          integer.writePDF(this);
        } else {
          ((COSFloat) number).writePDF(this);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void write(byte[] bytes) {
      writeBytes(bytes);
    }

    byte[] done() {
      position += size();
      return toByteArray();
    }

    private static void write(OutputStream out, COSName name) {
      try {
        name.writePDF(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
