package fr.sesame.accounts;

import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import io.r2dbc.postgresql.codec.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirmed imports by their {@code Idempotency-Key}: the console sends one key per preview, so a
 * double click or a retried request on « Importer » answers the first import's report instead of
 * importing again. Read and written under the import lock, in the import's transaction.
 */
@Repository
class ImportConfirmations {

  private final DatabaseClient db;
  private final JsonMapper json;

  ImportConfirmations(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** The report already given for this key and these files; a conflict for other files. */
  Mono<ImportReport> find(String key, byte[] filesHash) {
    return db.sql(
            "select files_sha256, report from account_import_confirmation"
                + " where idempotency_key = :key")
        .bind("key", key)
        .map(
            row -> new Stored(row.get("files_sha256", byte[].class), row.get("report", Json.class)))
        .one()
        .map(
            stored -> {
              if (!Arrays.equals(stored.filesHash(), filesHash)) {
                throw new ProblemException(
                    ProblemType.CONFLICT, Message.of("import.idempotencyKeyReused"));
              }
              return json.readValue(stored.report().asString(), ImportReport.class);
            });
  }

  Mono<Void> save(String key, byte[] filesHash, ImportReport report, OffsetDateTime now) {
    return db.sql(
            """
            insert into account_import_confirmation (idempotency_key, files_sha256, report,
            created_at) values (:key, :hash, :report, :now)
            """)
        .bind("key", key)
        .bind("hash", filesHash)
        .bind("report", Json.of(json.writeValueAsString(report)))
        .bind("now", now)
        .then();
  }

  /** SHA-256 over every file's name and bytes, in the order sent. */
  static byte[] hashOf(List<AccountImporter.Upload> uploads) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (AccountImporter.Upload upload : uploads) {
        digest.update(
            String.valueOf(upload.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(upload.bytes());
        digest.update((byte) 0);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private record Stored(byte[] filesHash, Json report) {}
}
