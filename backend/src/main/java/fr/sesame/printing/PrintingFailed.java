package fr.sesame.printing;

/** The printer could not be reached, or refused the request; the message says why. */
public class PrintingFailed extends RuntimeException {

  PrintingFailed(String message) {
    super(message);
  }

  PrintingFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
