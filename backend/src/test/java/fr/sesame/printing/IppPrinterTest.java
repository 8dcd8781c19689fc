package fr.sesame.printing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.SesameProperties;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** A printer that does not answer is reported, never thrown at the caller as a crash. */
class IppPrinterTest {

  @Test
  void printerAddressesAreHttpOnPort631ByDefault() {
    assertThat(IppPrinter.httpAddress(URI.create("ipp://cups.lan/printers/Salle-B")))
        .isEqualTo(URI.create("http://cups.lan:631/printers/Salle-B"));
    assertThat(IppPrinter.httpAddress(URI.create("ipps://imprimante.lan:8443/ipp/print")))
        .isEqualTo(URI.create("https://imprimante.lan:8443/ipp/print"));
  }

  @Test
  void anUnreachablePrinterIsReportedWithTheReason() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort(); // free once closed: nothing listens there
    }
    IppPrinter printer = printer(URI.create("ipp://127.0.0.1:" + closedPort + "/printers/X"));

    StepVerifier.create(printer.status())
        .assertNext(
            status -> {
              assertThat(status.configured()).isTrue();
              assertThat(status.state()).isEqualTo("UNREACHABLE");
              assertThat(status.message()).isNotBlank();
              assertThat(status.reachable()).isFalse();
            })
        .verifyComplete();
    StepVerifier.create(printer.print("job", Flux.empty()))
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(PrintingFailed.class)
                    .hasMessageContaining("could not be reached"))
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void withoutPrinterNothingIsConfigured() {
    StepVerifier.create(printer(null).status())
        .assertNext(status -> assertThat(status.configured()).isFalse())
        .verifyComplete();
  }

  private static IppPrinter printer(URI uri) {
    return new IppPrinter(
        new SesameProperties(
            Path.of("unused"),
            null,
            null,
            null,
            null,
            null,
            new SesameProperties.Printer(uri, "sesame"),
            null,
            null));
  }
}
