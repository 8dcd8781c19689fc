package fr.sesame.printing;

import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.JobState;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;
import fr.sesame.SesameProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The configured IPP printer, spoken to with HP's jipp for the packets and WebClient for HTTP, so
 * that a job streams to the printer as the letters render, without blocking a thread.
 */
@Component
public class IppPrinter {

  private static final MediaType IPP = MediaType.parseMediaType("application/ipp");
  private static final Duration QUESTION_TIMEOUT = Duration.ofSeconds(5);
  // Reasons that only restate the state: not worth showing the administrator.
  private static final Set<String> ROUTINE =
      Set.of(
          "none",
          "job-completed-successfully",
          "processing-to-stop-point",
          "job-printing",
          "job-queued",
          "job-incoming",
          "job-transforming");

  private final URI uri; // null when no printer is configured
  private final String user;
  private final WebClient http;
  private final AtomicInteger requestIds = new AtomicInteger();

  IppPrinter(SesameProperties properties) {
    this.uri = properties.printer().uri();
    this.user = properties.printer().user();
    this.http = WebClient.builder().build();
  }

  public boolean configured() {
    return uri != null;
  }

  public URI uri() {
    return uri;
  }

  /**
   * The printer's name and state now; {@code UNREACHABLE} with the reason when it does not answer.
   */
  public Mono<PrinterStatus> status() {
    if (uri == null) {
      return Mono.just(PrinterStatus.none());
    }
    IppPacket request =
        IppPacket.getPrinterAttributes(
                uri,
                Types.printerName,
                Types.printerState,
                Types.printerStateMessage,
                Types.printerStateReasons)
            .putOperationAttributes(Types.requestingUserName.of(user))
            .build();
    return exchange(request, Flux.empty())
        .timeout(QUESTION_TIMEOUT)
        .map(
            answer -> {
              PrinterState state = answer.getValue(Tag.printerAttributes, Types.printerState);
              return new PrinterStatus(
                  true,
                  uri,
                  answer.getString(Tag.printerAttributes, Types.printerName),
                  state == null ? null : state.getName().toUpperCase(Locale.ROOT),
                  message(
                      answer.getString(Tag.printerAttributes, Types.printerStateMessage),
                      answer.getStrings(Tag.printerAttributes, Types.printerStateReasons)));
            })
        .onErrorResume(
            error -> Mono.just(new PrinterStatus(true, uri, null, "UNREACHABLE", reason(error))));
  }

  /**
   * Submits one job whose document is {@code pdf}, streamed as it comes; the job's id at the
   * printer. Fails with {@link PrintingFailed} when the printer cannot be reached or refuses it.
   */
  public Mono<Integer> print(String jobName, Flux<DataBuffer> pdf) {
    if (uri == null) {
      return Mono.error(new PrintingFailed("No printer is configured."));
    }
    IppPacket request =
        IppPacket.printJob(uri)
            .putOperationAttributes(
                Types.requestingUserName.of(user),
                Types.jobName.of(jobName),
                Types.documentFormat.of("application/pdf"))
            .build();
    return exchange(request, pdf)
        .map(answer -> answer.getValue(Tag.jobAttributes, Types.jobId))
        .onErrorMap(error -> !(error instanceof PrintingFailed), this::failed);
  }

  /** A job's state at the printer. */
  public Mono<JobStatus> job(int jobId) {
    if (uri == null) {
      return Mono.error(new PrintingFailed("No printer is configured."));
    }
    IppPacket request =
        IppPacket.getJobAttributes(
                uri, jobId, Types.jobState, Types.jobStateReasons, Types.jobStateMessage)
            .putOperationAttributes(Types.requestingUserName.of(user))
            .build();
    return exchange(request, Flux.empty())
        .timeout(QUESTION_TIMEOUT)
        .map(
            answer -> {
              JobState state = answer.getValue(Tag.jobAttributes, Types.jobState);
              return new JobStatus(
                  state == null ? "PENDING" : jobState(state),
                  message(
                      answer.getString(Tag.jobAttributes, Types.jobStateMessage),
                      answer.getStrings(Tag.jobAttributes, Types.jobStateReasons)));
            })
        .onErrorMap(error -> !(error instanceof PrintingFailed), this::failed);
  }

  /** Cancels a job that has not ended; the printer's refusal (already printed…) fails it. */
  public Mono<Void> cancel(int jobId) {
    if (uri == null) {
      return Mono.error(new PrintingFailed("No printer is configured."));
    }
    IppPacket request =
        IppPacket.cancelJob(uri, jobId)
            .putOperationAttributes(Types.requestingUserName.of(user))
            .build();
    return exchange(request, Flux.empty())
        .timeout(QUESTION_TIMEOUT)
        .onErrorMap(error -> !(error instanceof PrintingFailed), this::failed)
        .then();
  }

  /** One IPP request over HTTP: the packet, then the document if any; the printer's answer. */
  private Mono<IppPacket> exchange(IppPacket request, Flux<DataBuffer> document) {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    try {
      new IppPacket(
              request.getVersionNumber(), request.getCode(), nextId(), request.getAttributeGroups())
          .write(header);
    } catch (IOException e) {
      return Mono.error(e);
    }
    DataBuffer packet = DefaultDataBufferFactory.sharedInstance.wrap(header.toByteArray());
    return http.post()
        .uri(httpAddress(uri))
        .contentType(IPP)
        .body(Flux.concat(Mono.just(packet), document), DataBuffer.class)
        .retrieve()
        .bodyToMono(byte[].class)
        .map(IppPrinter::parse)
        .flatMap(
            answer ->
                answer.getStatus() != null && answer.getStatus().getCode() < 0x0100
                    ? Mono.just(answer)
                    : Mono.error(new PrintingFailed(refusal(answer))));
  }

  private int nextId() {
    return requestIds.updateAndGet(id -> id >= Integer.MAX_VALUE - 1 ? 1 : id + 1);
  }

  private static IppPacket parse(byte[] body) {
    try {
      return IppPacket.read(new ByteArrayInputStream(body));
    } catch (IOException e) {
      throw new PrintingFailed("The printer's answer is not IPP: " + e.getMessage(), e);
    }
  }

  private static String refusal(IppPacket answer) {
    Status status = answer.getStatus();
    String text = answer.getString(Tag.operationAttributes, Types.statusMessage);
    return "The printer refused the job ("
        + (status == null ? "no status" : status.getName())
        + (text == null ? "" : ": " + text)
        + ").";
  }

  private PrintingFailed failed(Throwable error) {
    return new PrintingFailed(
        "The printer " + uri + " could not be reached: " + reason(error), error);
  }

  private static String reason(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String jobState(JobState state) {
    if (state.getCode() == JobState.pendingHeld.getCode()) {
      return "HELD";
    }
    if (state.getCode() == JobState.processingStopped.getCode()) {
      return "STOPPED";
    }
    return state.getName().toUpperCase(Locale.ROOT);
  }

  private static String message(String message, List<String> reasons) {
    if (message != null && !message.isBlank()) {
      return message;
    }
    List<String> meaningful =
        reasons == null ? List.of() : reasons.stream().filter(r -> !ROUTINE.contains(r)).toList();
    return meaningful.isEmpty() ? null : String.join(", ", meaningful);
  }

  /** {@code ipp://host/path} is HTTP on port 631 by default; {@code ipps} is HTTPS. */
  static URI httpAddress(URI printer) {
    String scheme = printer.getScheme().toLowerCase(Locale.ROOT);
    boolean secure = scheme.equals("ipps") || scheme.equals("https");
    int port = printer.getPort() != -1 ? printer.getPort() : scheme.startsWith("ipp") ? 631 : -1;
    return URI.create(
        (secure ? "https" : "http")
            + "://"
            + printer.getHost()
            + (port == -1 ? "" : ":" + port)
            + (printer.getRawPath() == null ? "" : printer.getRawPath()));
  }
}
