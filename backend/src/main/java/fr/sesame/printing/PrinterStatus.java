package fr.sesame.printing;

import java.net.URI;

/**
 * The configured printer as {@code GET /api/printer} shows it.
 *
 * @param state {@code IDLE}, {@code PROCESSING}, {@code STOPPED} or {@code UNREACHABLE}; null when
 *     no printer is configured
 */
public record PrinterStatus(
    boolean configured, URI uri, String name, String state, String message) {

  static PrinterStatus none() {
    return new PrinterStatus(false, null, null, null, null);
  }

  public boolean reachable() {
    return configured && !"UNREACHABLE".equals(state);
  }
}
