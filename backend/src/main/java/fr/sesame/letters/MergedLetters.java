package fr.sesame.letters;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Merges letters into one PDF, streamed while it renders.
 *
 * <ul>
 *   <li>The file's header leaves at once; letters then render in chunks on the rendering threads,
 *       two chunks at a time, and are written out in order as soon as each chunk is done.
 *   <li>Chunks start small (2, 4, 8 letters) so the first pages come quickly, then stay at {@value
 *       #CHUNK} letters, which spreads each render's fixed cost without holding much.
 *   <li>Demand drives everything: a slow client slows rendering; at most {@value #CONCURRENCY}
 *       chunks wait for it, so memory does not grow with the number of letters.
 * </ul>
 */
@Component
class MergedLetters {

  static final int CHUNK = 16;
  static final int CONCURRENCY = 2;
  private static final String PRODUCER = "Sésame";

  private final Scheduler scheduler;

  MergedLetters(LetterRenderer renderer) {
    this.scheduler = renderer.scheduler();
  }

  /**
   * One PDF of every letter, in order. Each letter is safe, merged HTML, built by its supplier on a
   * rendering thread (drawing QR codes is CPU work).
   */
  Flux<DataBuffer> stream(String language, Flux<Supplier<String>> letters) {
    return Flux.defer(
            () -> {
              MergedPdfWriter writer = new MergedPdfWriter();
              ChunkSizes sizes = new ChunkSizes();
              Flux<byte[]> pages =
                  letters
                      .bufferUntil(letter -> sizes.endsChunk())
                      .flatMapSequential(
                          chunk ->
                              Mono.fromCallable(() -> render(language, chunk))
                                  .subscribeOn(scheduler),
                          CONCURRENCY,
                          1)
                      .concatMap(
                          rendered ->
                              Mono.fromCallable(() -> write(writer, rendered))
                                  .subscribeOn(scheduler),
                          1);
              return Flux.concat(
                  Mono.fromCallable(writer::header),
                  pages,
                  Mono.fromCallable(() -> writer.finish(PRODUCER)).subscribeOn(scheduler));
            })
        .<DataBuffer>map(DefaultDataBufferFactory.sharedInstance::wrap)
        .doOnDiscard(RenderedPages.class, RenderedPages::close);
  }

  private static RenderedPages render(String language, List<Supplier<String>> chunk) {
    return LetterRenderer.renderPages(
        LetterDocument.of(language, chunk.stream().map(Supplier::get).toList()));
  }

  private static byte[] write(MergedPdfWriter writer, RenderedPages rendered) {
    try (rendered) {
      return writer.append(rendered.document());
    }
  }

  /** 2, 4, 8, then {@link #CHUNK} letters per chunk. */
  private static final class ChunkSizes {
    private int size = 2;
    private int count;

    boolean endsChunk() {
      if (++count < size) {
        return false;
      }
      count = 0;
      size = Math.min(size * 2, CHUNK);
      return true;
    }
  }
}
