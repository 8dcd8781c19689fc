package fr.sesame.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import reactor.core.publisher.Mono;

/** Reading uploaded files into memory, with a limit answered as {@code payload-too-large}. */
public final class Uploads {

  private Uploads() {}

  public static Mono<byte[]> read(FilePart file, int maxBytes, Message tooLargeDetail) {
    return DataBufferUtils.join(file.content(), maxBytes)
        .map(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              DataBufferUtils.release(buffer);
              return bytes;
            })
        .defaultIfEmpty(new byte[0])
        .onErrorMap(
            DataBufferLimitException.class,
            tooLarge -> new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, tooLargeDetail));
  }

  public static ProblemException notFound(Message detail) {
    return new ProblemException(ProblemType.NOT_FOUND, detail);
  }

  static void release(DataBuffer buffer) {
    DataBufferUtils.release(buffer);
  }
}
