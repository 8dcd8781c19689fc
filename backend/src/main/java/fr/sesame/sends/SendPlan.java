package fr.sesame.sends;

import fr.sesame.accounts.Account;
import fr.sesame.templates.Template;
import java.time.OffsetDateTime;
import java.util.List;

/** Who a send reaches, who it skips and why, and what blocks or warns — before anything is done. */
record SendPlan(
    Template template,
    List<Account> selected,
    List<Account> eligible,
    List<DryRun.Skipped> skipped,
    List<DryRun.Notice> problems,
    List<DryRun.Notice> warnings) {

  DryRun dryRun(OffsetDateTime expiresAt) {
    return new DryRun(
        eligible.size(),
        skipped,
        eligible.stream().filter(account -> account.email() == null).map(Account::id).toList(),
        problems,
        warnings,
        eligible.stream().sorted(PileOrder.ACCOUNTS).map(DryRun.Recipient::of).toList(),
        template.name(),
        expiresAt);
  }
}
