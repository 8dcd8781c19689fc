package fr.sesame.sends;

import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.dao.DataIntegrityViolationException;

/** Telling the clash of two sends under one caller's Idempotency-Key from any other. */
final class IdempotencyClash {

  /** The unique constraint of V18 on (idempotency_caller, idempotency_key). */
  static final String CONSTRAINT = "send_idempotency_per_caller";

  private IdempotencyClash() {}

  /** Whether the error is that constraint's violation, and not another integrity error. */
  static boolean is(Throwable error) {
    if (!(error instanceof DataIntegrityViolationException)) {
      return false;
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof PostgresqlException postgres) {
        ErrorDetails details = postgres.getErrorDetails();
        return details.getConstraintName().map(CONSTRAINT::equals).orElse(false);
      }
    }
    return false;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
