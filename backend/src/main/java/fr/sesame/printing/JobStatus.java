package fr.sesame.printing;

/**
 * A print job's state at the printer.
 *
 * @param state the IPP job state in upper case: {@code PENDING}, {@code HELD}, {@code PROCESSING},
 *     {@code STOPPED}, {@code COMPLETED}, {@code CANCELED} or {@code ABORTED}
 * @param message the printer's job-state-message, or its reasons when it has none
 */
public record JobStatus(String state, String message) {

  public boolean ended() {
    return "COMPLETED".equals(state) || "CANCELED".equals(state) || "ABORTED".equals(state);
  }
}
