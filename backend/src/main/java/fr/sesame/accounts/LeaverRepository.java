package fr.sesame.accounts;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Accounts of people still at the school that an export brought, and marking those who left. */
@Repository
class LeaverRepository {

  private final DatabaseClient db;

  LeaverRepository(DatabaseClient db) {
    this.db = db;
  }

  /** Accounts still at school of these kinds whose external id starts with {@code prefix}. */
  Flux<AccountRow> activeFromExport(String prefix, Collection<AccountKind> kinds) {
    return db.sql(
            """
            select %s from account a
            where a.status = 'ACTIVE' and a.kind = any(:kinds)
              and a.external_id like :prefix escape '\\'
            """
                .formatted(AccountRow.COLUMNS))
        .bind("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
        .bind("prefix", prefix.replace("\\", "\\\\").replace("_", "\\_") + "%")
        .map(AccountRow::read)
        .all();
  }

  /**
   * Parents still at school, not in the import ({@code planned}), who have children and none of
   * them left once {@code leaving} have gone (children in the import stay or come back).
   */
  Flux<AccountRow> parentsWithoutChildrenAtSchool(
      Collection<UUID> planned, Collection<UUID> leaving) {
    return db.sql(
            """
            select %s from account a
            where a.kind = 'PARENT' and a.status = 'ACTIVE' and a.id <> all(:planned)
              and exists (select 1 from account_child l where l.parent_id = a.id)
              and not exists (
                select 1 from account_child l join account c on c.id = l.child_id
                where l.parent_id = a.id
                  and (c.id = any(:planned) or (c.status = 'ACTIVE' and c.id <> all(:leaving))))
            """
                .formatted(AccountRow.COLUMNS))
        .bind("planned", planned.toArray(UUID[]::new))
        .bind("leaving", leaving.toArray(UUID[]::new))
        .map(AccountRow::read)
        .all();
  }

  Mono<Long> markLeft(Collection<UUID> ids, OffsetDateTime now) {
    return db.sql(
            "update account set status = 'LEFT', updated_at = :now"
                + " where id = any(:ids) and status = 'ACTIVE'")
        .bind("ids", ids.toArray(UUID[]::new))
        .bind("now", now)
        .fetch()
        .rowsUpdated();
  }
}
