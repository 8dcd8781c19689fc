package fr.sesame.accounts;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Who has not activated yet, counted per audience and class in one query. */
@Component
class ActivationSummaries {

  private final DatabaseClient db;
  private final Clock clock;

  ActivationSummaries(DatabaseClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  Flux<ActivationSummaryRow> rows(AccountKind kind) {
    return db.sql(
            """
            select a.kind, case when a.kind = 'STUDENT' then a.class_name end as class_name,
            count(*) as total,
            count(*) filter (where a.connection_mode <> 'ENT'
            and a.password_state = 'PERSONALISED') as activated,
            count(*) filter (where a.connection_mode <> 'ENT'
            and a.password_state <> 'PERSONALISED' and live.account_id is not null)
            as waiting,
            count(*) filter (where a.connection_mode <> 'ENT'
            and a.password_state <> 'PERSONALISED' and live.account_id is null)
            as without_letter,
            count(*) filter (where a.connection_mode = 'ENT') as ent
            from account a left join (select distinct account_id from credential
            where credential_is_live(state)
            and expires_at > :now) live on live.account_id = a.id
            where (:kind = '' or a.kind = :kind)
            group by 1, 2 order by 1, 2 nulls last
            """)
        .bind("now", clock.instant().atOffset(ZoneOffset.UTC))
        .bind("kind", kind == null ? "" : kind.name())
        .map(
            row ->
                new ActivationSummaryRow(
                    AccountKind.valueOf(row.get("kind", String.class)),
                    row.get("class_name", String.class),
                    row.get("total", Long.class),
                    row.get("activated", Long.class),
                    row.get("waiting", Long.class),
                    row.get("without_letter", Long.class),
                    row.get("ent", Long.class)))
        .all();
  }
}
