package fr.sesame.letters;

import com.google.zxing.common.BitMatrix;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="application/x-sesame-qr" data-text="…">} as filled squares: vector
 * modules, crisp at every zoom and print resolution, where a scaled-up bitmap gets smoothed into
 * grey by viewers and rasterisers. Each row's dark runs are one rectangle.
 *
 * <p>In a PDF the code is a form of its own, drawn in module units: a rectangle is four short
 * numbers ({@code 12 3 5.01 1.01 re}) and the code one fill. Drawn through the page's path instead,
 * every corner was a coordinate on the page, and the code took a fifth of a merged letter's
 * rendering time and most of its page content.
 */
final class QrDrawer implements FSObjectDrawer {

  static final String TYPE = "application/x-sesame-qr";

  // A hair of overlap downwards and rightwards, so no seam shows between adjacent modules.
  private static final double OVERLAP = 0.01;

  static DefaultObjectDrawerFactory factory() {
    DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
    factory.registerDrawer(TYPE, new QrDrawer());
    return factory;
  }

  @Override
  public Map<Shape, String> drawObject(
      Element element,
      double x,
      double y,
      double width,
      double height,
      OutputDevice device,
      RenderingContext context,
      int dotsPerPixel) {
    BitMatrix modules = QrCodes.encode(element.getAttribute("data-text"));
    double side = Math.min(width, height);
    if (device instanceof PdfBoxOutputDevice pdf) {
      int size = modules.getWidth();
      float intrinsic = size * pdf.getDotsPerPoint(); // one module a point: scaled to the box
      pdf.drawPdfAsImage(
          form(pdf.getWriter(), modules),
          new Rectangle(
              (int) Math.round(x),
              (int) Math.round(y),
              (int) Math.round(side),
              (int) Math.round(side)),
          intrinsic,
          intrinsic);
    } else {
      device.setColor(FSRGBColor.BLACK);
      device.fill(path(modules, x, y, side / modules.getWidth()));
    }
    return null;
  }

  /** The code as a form XObject one unit a module, its first row at the top. */
  static PDFormXObject form(PDDocument document, BitMatrix modules) {
    int size = modules.getWidth();
    StringBuilder content = new StringBuilder(4096).append("0 g\n");
    runs(
        modules,
        (row, start, end) ->
            content
                .append(start)
                .append(' ')
                .append(row)
                .append(' ')
                .append(end - start)
                .append(".01 1.01 re\n")); // widened by OVERLAP, written as text
    content.append("f\n");
    COSStream stream = document.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not draw the QR code", e);
    }
    PDFormXObject form = new PDFormXObject(stream);
    form.setResources(new PDResources());
    form.setBBox(new PDRectangle(0, 0, size + 1, size + 1));
    form.setMatrix(new AffineTransform(1, 0, 0, -1, 0, size)); // rows downwards
    return form;
  }

  /** The same squares as one path, at {@code (x, y)}, {@code module} wide each. */
  private static Path2D path(BitMatrix modules, double x, double y, double module) {
    Path2D.Double dark = new Path2D.Double();
    runs(
        modules,
        (row, start, end) -> {
          double left = x + start * module;
          double top = y + row * module;
          double right = x + end * module + module * OVERLAP;
          double bottom = top + module * (1 + OVERLAP);
          dark.moveTo(left, top);
          dark.lineTo(right, top);
          dark.lineTo(right, bottom);
          dark.lineTo(left, bottom);
          dark.closePath();
        });
    return dark;
  }

  private interface Run {
    void dark(int row, int start, int end);
  }

  /** Each row's dark runs, left to right, rows top to bottom. */
  private static void runs(BitMatrix modules, Run run) {
    for (int row = 0; row < modules.getHeight(); row++) {
      int column = 0;
      while (column < modules.getWidth()) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < modules.getWidth() && modules.get(column, row)) {
          column++;
        }
        run.dark(row, start, column);
      }
    }
  }
}
