package fr.sesame.letters;

import com.google.zxing.common.BitMatrix;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws {@code <object type="application/x-sesame-qr" data-text="…">} as filled squares in the
 * page's content: vector modules, crisp at every zoom and print resolution, where a scaled-up
 * bitmap gets smoothed into grey by viewers and rasterisers. Each row's dark runs are one
 * rectangle.
 */
final class QrDrawer implements FSObjectDrawer {

  static final String TYPE = "application/x-sesame-qr";

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
    double module = side / modules.getWidth();
    device.setColor(FSRGBColor.BLACK);
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
        // A hair of overlap downwards and rightwards, so no seam shows between adjacent modules.
        device.fill(
            new Rectangle2D.Double(
                x + start * module,
                y + row * module,
                (column - start) * module + module * 0.01,
                module * 1.01));
      }
    }
    return null;
  }
}
