package fr.sesame.background;

import java.time.Duration;

/**
 * How long an outbox waits before trying again: {@code first} after the first failed try, doubling
 * with each further one, never more than {@code longest}. The one back-off of every outbox.
 */
public record Backoff(Duration first, Duration longest) {

  /** The wait after {@code attempts} failed tries (0 or 1: {@code first}). */
  public Duration after(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = first.multipliedBy(1L << doublings);
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
