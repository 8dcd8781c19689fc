package fr.sesame.sends;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The print jobs of running {@code PRINT} sends, leased to one instance at a time. */
@Repository
class PrintJobRepository {

  /** A running print send this instance now holds: no job id yet means it is still to submit. */
  record Claimed(UUID sendId, Integer jobId, int eligible) {}

  private final DatabaseClient db;

  PrintJobRepository(DatabaseClient db) {
    this.db = db;
  }

  /** Leases up to {@code limit} print sends due now; others, and other instances, skip them. */
  Flux<Claimed> claim(OffsetDateTime now, OffsetDateTime until, int limit) {
    return db.sql(
            """
            update send s set print_lease_until = :until from (select id from send
            where output = 'PRINT' and state = 'RUNNING' and print_state is not null
            and (print_lease_until is null or print_lease_until < :now)
            order by created_at limit :limit for update skip locked) due
            where s.id = due.id returning s.id, s.print_job_id, s.eligible
            """)
        .bind("now", now)
        .bind("until", until)
        .bind("limit", limit)
        .map(
            row ->
                new Claimed(
                    row.get("id", UUID.class),
                    row.get("print_job_id", Integer.class),
                    row.get("eligible", Integer.class)))
        .all();
  }

  /**
   * The printer accepted the job; its state is checked again from {@code recheckAt}. False when the
   * send was cancelled meanwhile (the job is then to be cancelled too).
   */
  Mono<Boolean> submitted(UUID sendId, int jobId, OffsetDateTime recheckAt) {
    return db.sql(
            """
            update send set print_job_id = :job, print_state = 'PENDING',
            print_lease_until = :recheck where id = :id and state = 'RUNNING'
            """)
        .bind("job", jobId)
        .bind("recheck", recheckAt)
        .bind("id", sendId)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }

  /** A cancelled send's job, as the printer left it. */
  Mono<Void> cancelled(UUID sendId, Integer jobId, String state, String message) {
    return db.sql(
            """
            update send set print_job_id = coalesce(:job, print_job_id), print_state = :state,
            print_message = :message, print_lease_until = null where id = :id
            """)
        .bind("job", Parameter.fromOrEmpty(jobId, Integer.class))
        .bind("state", state)
        .bind("message", Parameter.fromOrEmpty(message, String.class))
        .bind("id", sendId)
        .then();
  }

  /** The job has not ended yet. */
  Mono<Void> progressed(UUID sendId, String state, String message, OffsetDateTime recheckAt) {
    return db.sql(
            """
            update send set print_state = :state, print_message = :message,
            print_lease_until = :recheck where id = :id
            """)
        .bind("state", state)
        .bind("message", Parameter.fromOrEmpty(message, String.class))
        .bind("recheck", recheckAt)
        .bind("id", sendId)
        .then();
  }

  /**
   * The job has ended (or could not be submitted): the send is {@code DONE} with every letter
   * counted when it printed, else {@code FAILED}. A send cancelled meanwhile stays cancelled.
   */
  Mono<Boolean> ended(UUID sendId, String printState, String message, boolean printed) {
    return db.sql(
            """
            update send set print_state = :printState, print_message = :message,
            print_lease_until = null, state = :state,
            done = case when :printed then eligible else 0 end,
            failed = case when :printed then 0 else eligible end
            where id = :id and state = 'RUNNING'
            """)
        .bind("printState", printState)
        .bind("message", Parameter.fromOrEmpty(message, String.class))
        .bind("state", printed ? "DONE" : "FAILED")
        .bind("printed", printed)
        .bind("id", sendId)
        .fetch()
        .rowsUpdated()
        .map(count -> count == 1);
  }
}
