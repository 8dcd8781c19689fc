package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Templates and their versions in PostgreSQL. */
@Repository
class TemplateRepository {

  private static final String COLUMNS =
      "id, name, language, audiences, variant, body, original_key, customised, version,"
          + " updated_at, updated_by";

  private final DatabaseClient db;

  TemplateRepository(DatabaseClient db) {
    this.db = db;
  }

  /** A row; {@code originalKey} is set for shipped originals. */
  record Row(Template template, String originalKey) {}

  Flux<Row> find(AccountKind audience, LetterVariant variant, String language) {
    return db.sql(
            "select "
                + COLUMNS
                + " from letter_template where (:audience = '' or :audience = any(audiences))"
                + " and (:variant = '' or variant = :variant)"
                + " and (:language = '' or language = :language) order by name, id")
        .bind("audience", audience == null ? "" : audience.name())
        .bind("variant", variant == null ? "" : variant.name())
        .bind("language", language == null ? "" : language)
        .map(TemplateRepository::read)
        .all();
  }

  Mono<Row> findById(UUID id) {
    return db.sql("select " + COLUMNS + " from letter_template where id = :id")
        .bind("id", id)
        .map(TemplateRepository::read)
        .one();
  }

  Flux<String> originalKeys() {
    return db.sql("select original_key from letter_template where original_key is not null")
        .map(row -> row.get("original_key", String.class))
        .all();
  }

  Mono<UUID> insert(
      String name,
      String language,
      List<AccountKind> audiences,
      LetterVariant variant,
      String body,
      String originalKey,
      OffsetDateTime now,
      String author) {
    return db.sql(
            """
            insert into letter_template (name, language, audiences, variant, body, original_key,
            customised, version, updated_at, updated_by) values (:name, :language,
            :audiences::varchar[], :variant, :body, :key, false, 1, :now, :author)
            on conflict (original_key) do nothing returning id
            """)
        .bind("name", name)
        .bind("language", language)
        .bind("audiences", audiences.stream().map(Enum::name).toArray(String[]::new))
        .bind("variant", variant.name())
        .bind("body", body)
        .bind("key", Parameter.fromOrEmpty(originalKey, String.class))
        .bind("now", now)
        .bind("author", Parameter.fromOrEmpty(author, String.class))
        .map(row -> row.get("id", UUID.class))
        .one();
  }

  /** What a template is for: its language, audiences and variant. */
  Mono<Void> setKind(UUID id, String language, List<AccountKind> audiences, LetterVariant variant) {
    return db.sql(
            """
            update letter_template set language = :language,
            audiences = :audiences::varchar[], variant = :variant where id = :id
            """)
        .bind("language", language)
        .bind("audiences", audiences.stream().map(Enum::name).toArray(String[]::new))
        .bind("variant", variant.name())
        .bind("id", id)
        .then();
  }

  /** Saves a new text as the next version; answers that version's number. */
  Mono<Integer> saveText(
      UUID id, String name, String body, boolean customised, OffsetDateTime now, String author) {
    return db.sql(
            """
            update letter_template set name = :name, body = :body, customised = :customised,
            version = version + 1, updated_at = :now, updated_by = :author
            where id = :id returning version
            """)
        .bind("name", name)
        .bind("body", body)
        .bind("customised", customised)
        .bind("now", now)
        .bind("author", Parameter.fromOrEmpty(author, String.class))
        .bind("id", id)
        .map(row -> row.get("version", Integer.class))
        .one();
  }

  Mono<Void> insertVersion(
      UUID id,
      int version,
      String name,
      String body,
      OffsetDateTime now,
      String author,
      String note) {
    return db.sql(
            """
            insert into letter_template_version (template_id, version, name, body, saved_at,
            saved_by, note) values (:id, :version, :name, :body, :now, :author, :note)
            """)
        .bind("id", id)
        .bind("version", version)
        .bind("name", name)
        .bind("body", body)
        .bind("now", now)
        .bind("author", Parameter.fromOrEmpty(author, String.class))
        .bind("note", note)
        .then();
  }

  Flux<TemplateVersion> versions(UUID id) {
    return db.sql(
            """
            select version, name, saved_at, saved_by, note from letter_template_version
            where template_id = :id order by version desc
            """)
        .bind("id", id)
        .map(row -> version(row, null))
        .all();
  }

  Mono<TemplateVersion> version(UUID id, int version) {
    return db.sql(
            """
            select version, name, body, saved_at, saved_by, note from letter_template_version
            where template_id = :id and version = :version
            """)
        .bind("id", id)
        .bind("version", version)
        .map(row -> version(row, row.get("body", String.class)))
        .one();
  }

  Mono<Long> delete(UUID id) {
    return db.sql("delete from letter_template where id = :id")
        .bind("id", id)
        .fetch()
        .rowsUpdated();
  }

  private static TemplateVersion version(Readable row, String body) {
    return new TemplateVersion(
        row.get("version", Integer.class),
        row.get("name", String.class),
        body,
        row.get("saved_at", OffsetDateTime.class),
        row.get("saved_by", String.class),
        row.get("note", String.class));
  }

  private static Row read(Readable row) {
    String[] audiences = row.get("audiences", String[].class);
    String originalKey = row.get("original_key", String.class);
    return new Row(
        new Template(
            row.get("id", UUID.class),
            row.get("name", String.class),
            row.get("language", String.class),
            Arrays.stream(audiences).map(AccountKind::valueOf).toList(),
            LetterVariant.valueOf(row.get("variant", String.class)),
            row.get("body", String.class),
            originalKey != null,
            Boolean.TRUE.equals(row.get("customised", Boolean.class)),
            row.get("version", Integer.class),
            row.get("updated_at", OffsetDateTime.class),
            row.get("updated_by", String.class)),
        originalKey);
  }
}
