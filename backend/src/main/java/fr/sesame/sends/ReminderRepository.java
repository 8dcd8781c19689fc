package fr.sesame.sends;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Who a reminder reaches, the reminder's own send row, and the automatic reminders due. */
@Repository
class ReminderRepository {

  private final DatabaseClient db;

  ReminderRepository(DatabaseClient db) {
    this.db = db;
  }

  /** How a recipient of the send is reminded: EMAIL, PRINT, or not at all (EXPIRED, USED). */
  record Candidate(UUID accountId, UUID credentialId, String way) {}

  /**
   * The send's recipients in letter order, each with how a reminder would reach them. A letter that
   * is no longer live (activated, revoked, locked, replaced) is USED; an address refused by the
   * send or by one of its reminders does not count as usable.
   */
  Flux<Candidate> candidates(UUID sendId, OffsetDateTime now) {
    return db.sql(
            """
            select r.account_id, r.credential_id, case
            when c.id is null then 'USED'
            when c.state = 'EXPIRED' then 'EXPIRED'
            when not credential_is_live(c.state) then 'USED'
            when c.expires_at <= :now then 'EXPIRED'
            when a.email is null or r.refused is not null or exists (select 1
              from send_recipient q join send s on s.id = q.send_id
              where s.reminder_of = :send and q.account_id = r.account_id
              and q.refused is not null) then 'PRINT'
            else 'EMAIL' end as way
            from send_recipient r join account a on a.id = r.account_id
            left join credential c on c.id = r.credential_id
            where r.send_id = :send order by r.position
            """)
        .bind("send", sendId)
        .bind("now", now)
        .map(
            row ->
                new Candidate(
                    row.get("account_id", UUID.class),
                    row.get("credential_id", UUID.class),
                    row.get("way", String.class)))
        .all();
  }

  /** Locks the reminded send's row: two reminders of one send are made one after the other. */
  Mono<Send> lock(UUID sendId) {
    return db.sql("select id from send where id = :send for update")
        .bind("send", sendId)
        .map(row -> row.get("id", UUID.class))
        .one()
        .then(Mono.empty());
  }

  /** The reminder's own send: e-mail, same audience, template and validity as the reminded. */
  Mono<UUID> insert(Send reminded, int mailed, int toPrint, OffsetDateTime now, String createdBy) {
    return db.sql(
            """
            insert into send (state, output, audience, template_id, validity_days, total,
            eligible, skipped, done, to_print, created_at, created_by, reminder_of)
            select :state, 'EMAIL', audience, template_id, validity_days, :total, :total, 0,
            :toPrint, :toPrint, :now, :createdBy, id from send where id = :send returning id
            """)
        .bind("state", mailed > 0 ? SendState.RUNNING.name() : SendState.DONE.name())
        .bind("total", mailed + toPrint)
        .bind("toPrint", toPrint)
        .bind("now", now)
        .bind("createdBy", createdBy)
        .bind("send", reminded.id())
        .map(row -> row.get("id", UUID.class))
        .one();
  }

  /**
   * Claims automatic reminders now due, under a lease so that one instance makes each; a lease that
   * runs out (the instance died) lets another take it.
   */
  Flux<UUID> claimDue(OffsetDateTime now, OffsetDateTime leaseUntil, int batch) {
    return db.sql(
            """
            update send s set remind_lease_until = :lease from (select id from send
            where remind_at <= :now and reminded_at is null and state = 'DONE'
            and (remind_lease_until is null or remind_lease_until < :now)
            order by remind_at limit :batch for update skip locked) d
            where s.id = d.id returning s.id
            """)
        .bind("now", now)
        .bind("lease", leaseUntil)
        .bind("batch", batch)
        .map(row -> row.get("id", UUID.class))
        .all();
  }

  /** Marks the automatic reminder made; false when it already was (it goes once). */
  Mono<Boolean> markReminded(UUID sendId, OffsetDateTime now) {
    return db.sql(
            """
            update send set reminded_at = :now, remind_lease_until = null
            where id = :send and reminded_at is null
            """)
        .bind("now", now)
        .bind("send", sendId)
        .fetch()
        .rowsUpdated()
        .map(updated -> updated == 1);
  }
}
