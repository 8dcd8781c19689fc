package fr.sesame.web;

/**
 * Who calls, as a stable id that no rename changes ({@code admin:<uuid>}, {@code api-key:<uuid>}):
 * what per-caller state (an idempotency key, a count of open streams) is kept under.
 */
public interface Caller {

  String callerId();
}
