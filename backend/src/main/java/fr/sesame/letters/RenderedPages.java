package fr.sesame.letters;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;

/** A rendered, still open document: its pages are copied out, then it is closed. */
record RenderedPages(PdfBoxRenderer renderer) implements AutoCloseable {

  PDDocument document() {
    return renderer.getPdfDocument();
  }

  @Override
  public void close() {
    renderer.close();
  }
}
