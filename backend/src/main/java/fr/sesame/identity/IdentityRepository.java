package fr.sesame.identity;

import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The single {@code establishment} row; missing until first saved. */
@Repository
class IdentityRepository {

  private final DatabaseClient db;

  IdentityRepository(DatabaseClient db) {
    this.db = db;
  }

  record Row(
      String name,
      String uai,
      String address,
      String publicUrl,
      boolean hasLogo,
      String nextStepUrl,
      String nextStepLabel) {
    static final Row EMPTY = new Row(null, null, null, null, false);

    Row(String name, String uai, String address, String publicUrl, boolean hasLogo) {
      this(name, uai, address, publicUrl, hasLogo, null, null);
    }
  }

  record NextStep(String url, String label) {}

  Mono<Row> find() {
    return db.sql(
            """
            select name, uai, address, public_url, logo is not null as has_logo,
            next_step_url, next_step_label
            from establishment where id = 1
            """)
        .map(
            row ->
                new Row(
                    row.get("name", String.class),
                    row.get("uai", String.class),
                    row.get("address", String.class),
                    row.get("public_url", String.class),
                    Boolean.TRUE.equals(row.get("has_logo", Boolean.class)),
                    row.get("next_step_url", String.class),
                    row.get("next_step_label", String.class)))
        .one()
        .defaultIfEmpty(Row.EMPTY);
  }

  Mono<Void> saveDetails(
      String name,
      String uai,
      String address,
      String publicUrl,
      NextStep nextStep,
      OffsetDateTime now) {
    return db.sql(
            """
            insert into establishment (id, name, uai, address, public_url, next_step_url,
            next_step_label, updated_at)
            values (1, :name, :uai, :address, :url, :nextUrl, :nextLabel, :now)
            on conflict (id) do update set name = :name, uai = :uai,
            address = :address, public_url = :url, next_step_url = :nextUrl,
            next_step_label = :nextLabel, updated_at = :now
            """)
        .bind("nextUrl", Parameter.fromOrEmpty(nextStep.url(), String.class))
        .bind("nextLabel", Parameter.fromOrEmpty(nextStep.label(), String.class))
        .bind("name", Parameter.fromOrEmpty(name, String.class))
        .bind("uai", Parameter.fromOrEmpty(uai, String.class))
        .bind("address", Parameter.fromOrEmpty(address, String.class))
        .bind("url", Parameter.fromOrEmpty(publicUrl, String.class))
        .bind("now", now)
        .then();
  }

  Mono<Void> saveLogo(byte[] bytes, String mediaType, OffsetDateTime now) {
    return db.sql(
            """
            insert into establishment (id, logo, logo_type, updated_at)
            values (1, :logo, :type, :now)
            on conflict (id) do update set logo = :logo, logo_type = :type,
            updated_at = :now
            """)
        .bind("logo", Parameter.fromOrEmpty(bytes, byte[].class))
        .bind("type", Parameter.fromOrEmpty(mediaType, String.class))
        .bind("now", now)
        .then();
  }

  Mono<StoredLogo> findLogo() {
    return db.sql("select logo, logo_type from establishment where id = 1 and logo is not null")
        .map(
            row ->
                new StoredLogo(row.get("logo", byte[].class), row.get("logo_type", String.class)))
        .one();
  }
}
