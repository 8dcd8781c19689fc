package fr.sesame.letters;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import jakarta.annotation.PreDestroy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Renders letter HTML to PDF, and a page of it to PNG, on a scheduler of its own bounded to the
 * cores: rendering is CPU work and never runs on an event-loop thread.
 *
 * <p>The renderer may read only {@code data:} images that Sésame itself put in the document (logo,
 * QR codes): every other URI — {@code http:}, {@code file:}, {@code jar:}, CSS imports — is refused
 * before it is resolved. HTML is parsed by jsoup, which reads no DTD and no entity.
 */
@Component
class LetterRenderer {

  static final String FONT = "Liberation Sans";

  static {
    XRLog.setLoggerImpl(new Slf4jLogger());
    // Each render asks JAXP for a DOM builder and (tagged letters' XMP) a transformer; unnamed,
    // every request searches the whole classpath for a provider. Naming the JDK's own, the ones
    // that search ends up with here, skips it.
    defaultIfUnset(
        "javax.xml.parsers.DocumentBuilderFactory",
        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    defaultIfUnset(
        "javax.xml.transform.TransformerFactory",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
  }

  private static void defaultIfUnset(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }

  // Its DOM builder factory, made once per thread rather than once per render.
  private static final ThreadLocal<W3CDom> W3C_DOM = ThreadLocal.withInitial(W3CDom::new);

  private static final int PREVIEW_DPI = 110;
  // Font metrics parsed once for all renders; the cache is made for sharing between threads.
  private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FontMetricsCache();

  static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final AtomicInteger threads = new AtomicInteger();
  // Its threads are made when real work first asks for one: the warm-up watches for that.
  private final Scheduler scheduler =
      Schedulers.newBoundedElastic(THREADS, 1_000, this::thread, 60);

  private Thread thread(Runnable task) {
    Thread thread = new Thread(task, "letter-rendering-" + threads.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }

  /** Whether any real rendering (not the warm-up's) has started since the application started. */
  boolean started() {
    return threads.get() > 0;
  }

  /**
   * Renders the HTML that {@code html} builds; building it runs on the rendering scheduler too,
   * since merging draws QR codes.
   */
  Mono<byte[]> pdf(Supplier<String> html) {
    return Mono.fromCallable(() -> renderPdf(html.get())).subscribeOn(scheduler);
  }

  Mono<byte[]> accessiblePdf(Supplier<String> html) {
    return Mono.fromCallable(() -> renderAccessiblePdf(html.get())).subscribeOn(scheduler);
  }

  Mono<byte[]> firstPagePng(Supplier<String> html) {
    return Mono.fromCallable(() -> toPng(renderPdf(html.get()), 0, PREVIEW_DPI))
        .subscribeOn(scheduler);
  }

  /**
   * One letter as a tagged PDF/UA-1 document, for reading on a screen: language, title, structure
   * in reading order, the QR code's alternative text. Tagging costs render time, so merged print
   * runs stay untagged. Blocking: call from a scheduler that allows it.
   */
  static byte[] renderAccessiblePdf(String html) {
    return render(html, true);
  }

  /** Blocking: call from a scheduler that allows it. */
  static byte[] renderPdf(String html) {
    return render(html, false);
  }

  private static byte[] render(String html, boolean accessible) {
    try {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      PdfRendererBuilder builder = builder(html);
      if (accessible) {
        builder.usePdfUaAccessbility(true);
      }
      if (LetterFonts.latinFits(html)) {
        SharedFonts.latin().registerForSaving(builder);
        LetterFonts.registerItalicSubset(builder);
      } else {
        LetterFonts.registerSubset(builder);
      }
      builder.toStream(pdf);
      builder.run();
      return pdf.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the letter", e);
    }
  }

  /**
   * Blocking: renders the HTML into an open document for {@link MergedPdfWriter}, with the fonts of
   * this thread embedded whole, so every chunk of a merge shares the same font objects.
   */
  static RenderedPages renderPages(String html) {
    PdfRendererBuilder builder = builder(html);
    SharedFonts.merged().register(builder);
    PdfBoxRenderer renderer = builder.buildPdfRenderer();
    try {
      renderer.createPDFWithoutClosing();
      return new RenderedPages(renderer);
    } catch (IOException | RuntimeException e) {
      renderer.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** Where merges render: the same bounded, off-event-loop threads as previews. */
  Scheduler scheduler() {
    return scheduler;
  }

  private static PdfRendererBuilder builder(String html) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withProducer("Sésame");
    builder.useObjectDrawerFactory(QrDrawer.factory());
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:image/"),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.startsWith("data:image/"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withW3cDocument(W3C_DOM.get().fromJsoup(Jsoup.parse(html)), "about:blank");
    return builder;
  }

  static byte[] toPng(byte[] pdf, int page, int dpi) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not draw the page", e);
    }
  }

  @PreDestroy
  void stop() {
    scheduler.dispose();
  }
}
