package fr.sesame.printing;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/printer}: where {@code PRINT} sends go, and whether the printer is ready. */
@RestController
class PrinterController {

  private final IppPrinter printer;

  PrinterController(IppPrinter printer) {
    this.printer = printer;
  }

  @GetMapping("/api/printer")
  Mono<PrinterStatus> printer() {
    return printer.status();
  }
}
