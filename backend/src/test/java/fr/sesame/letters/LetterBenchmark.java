package fr.sesame.letters;

import com.openhtmltopdf.util.XRLog;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Renders 100, 1,000 and 10,000 letters of a shipped original, streamed by {@link MergedLetters},
 * and the same letters the naive way (one HTML document rendered at once), printing for each run:
 * letters/s, time to first byte and to the first letter, peak live heap and bytes per letter.
 *
 * <p>Run with {@code make benchmark} ({@code SIZES="100 1000"} for other sizes). Peak heap is the
 * largest live heap seen after a garbage collection during the run.
 */
public final class LetterBenchmark {

  // Tagged letters render one by one: a thousand tell their rate as well as ten thousand.
  private static final int TAGGED_MAX = 1_000;

  public static void main(String[] args) {
    List<Integer> sizes =
        args.length == 0
            ? List.of(100, 1_000, 10_000)
            : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
    XRLog.setLoggingEnabled(false); // the renderer logs every stylesheet it parses
    HeapWatch heap = new HeapWatch();
    LetterRenderer renderer = new LetterRenderer();
    MergedLetters merged = new MergedLetters(renderer);
    System.out.printf(
        "%s cores, max heap %d MB, Java %s%n",
        Runtime.getRuntime().availableProcessors(), maxHeap(), System.getProperty("java.version"));
    // Warm-up, so the first measured run does not pay for class loading and JIT.
    streamed(merged, 200, heap);
    naive(50, heap);
    System.out.printf(
        "%-9s %8s %10s %10s %12s %14s %12s %10s%n",
        "approach",
        "letters",
        "seconds",
        "letters/s",
        "first byte",
        "first letter",
        "peak heap",
        "B/letter");
    tagged(renderer, 100, heap);
    for (int size : sizes) {
      print("streamed", size, streamed(merged, size, heap));
      print(
          "tagged", Math.min(size, TAGGED_MAX), tagged(renderer, Math.min(size, TAGGED_MAX), heap));
      try {
        print("naive", size, naive(size, heap));
      } catch (OutOfMemoryError e) {
        System.out.printf("%-9s %8d   out of memory (max heap %d MB)%n", "naive", size, maxHeap());
      }
    }
    renderer.stop();
  }

  private static long maxHeap() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }

  record Run(long nanos, long firstByteNanos, long firstLetterNanos, long bytes, long peakHeap) {}

  private static Run streamed(MergedLetters merged, int count, HeapWatch heap) {
    heap.reset();
    long start = System.nanoTime();
    AtomicLong firstByte = new AtomicLong();
    AtomicLong firstLetter = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    merged.stream("fr", SampleLetters.letters(count, null))
        .doOnNext(
            buffer -> {
              long now = System.nanoTime() - start;
              firstByte.compareAndSet(0, now);
              if (bytes.get() > 0) {
                firstLetter.compareAndSet(0, now);
              }
              bytes.addAndGet(buffer.readableByteCount());
            })
        .blockLast();
    long nanos = System.nanoTime() - start;
    return new Run(nanos, firstByte.get(), firstLetter.get(), bytes.get(), heap.peak());
  }

  /**
   * Letters each rendered on its own as a tagged PDF/UA document, as e-mails carry them, on every
   * rendering thread at once: the figure to compare with streamed letters/s.
   */
  private static Run tagged(LetterRenderer renderer, int count, HeapWatch heap) {
    heap.reset();
    long start = System.nanoTime();
    AtomicLong first = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    reactor.core.publisher.Flux.range(0, count)
        .flatMap(
            i ->
                renderer.accessiblePdf(
                    () ->
                        LetterDocument.of(
                            "fr", "Vos identifiants", List.of(SampleLetters.letter(i, null)))),
            LetterRenderer.THREADS)
        .doOnNext(
            pdf -> {
              first.compareAndSet(0, System.nanoTime() - start);
              bytes.addAndGet(pdf.length);
            })
        .blockLast();
    long nanos = System.nanoTime() - start;
    return new Run(nanos, first.get(), first.get(), bytes.get(), heap.peak());
  }

  private static Run naive(int count, HeapWatch heap) {
    heap.reset();
    long start = System.nanoTime();
    List<String> bodies =
        SampleLetters.letters(count, null).map(Supplier::get).collectList().block();
    byte[] pdf = LetterRenderer.renderPdf(LetterDocument.of("fr", bodies));
    long nanos = System.nanoTime() - start;
    return new Run(nanos, nanos, nanos, pdf.length, heap.peak());
  }

  private static void print(String approach, int count, Run run) {
    double seconds = run.nanos() / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-9s %8d %10.2f %10.0f %10.0f ms %11.0f ms %9d MB %10d%n",
        approach,
        count,
        seconds,
        count / seconds,
        run.firstByteNanos() / 1e6,
        run.firstLetterNanos() / 1e6,
        run.peakHeap() >> 20,
        run.bytes() / count);
  }

  /** The largest heap still in use after a collection since the last reset: the live set. */
  private static final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    HeapWatch() {
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc)
            .addNotificationListener(
                (notification, handback) -> {
                  if (!notification
                      .getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                  }
                  var info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  long used =
                      info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                          .filter(pool -> heapPools.contains(pool.getKey()))
                          .mapToLong(pool -> pool.getValue().getUsed())
                          .sum();
                  peak.accumulateAndGet(used, Math::max);
                },
                null,
                null);
      }
    }

    void reset() {
      System.gc();
      sleep();
      peak.set(0);
    }

    long peak() {
      System.gc(); // at least one measure per run
      sleep();
      return peak.get();
    }

    private static void sleep() {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
