package fr.sesame.sends;

import fr.sesame.accounts.Account;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a send would do, without doing any of it: who gets a letter (by name, in the order the
 * letters are printed), who is skipped and why, the letter type and until when the letters work.
 */
record DryRun(
    int eligible,
    List<Skipped> skipped,
    List<UUID> withoutEmail,
    List<Notice> problems,
    List<Notice> warnings,
    List<Recipient> recipients,
    String templateName,
    OffsetDateTime expiresAt) {

  /** An account that gets no letter, and why ({@code ENT}, {@code ALREADY_PERSONALISED}). */
  record Skipped(UUID accountId, String reason, String lastName, String firstName) {

    Skipped(Account account, String reason) {
      this(account.id(), reason, account.lastName(), account.firstName());
    }
  }

  /** One person who would get a letter; {@code className} for students. */
  record Recipient(
      UUID accountId, String lastName, String firstName, String className, boolean hasEmail) {

    static Recipient of(Account account) {
      return new Recipient(
          account.id(),
          account.lastName(),
          account.firstName(),
          account.className(),
          account.email() != null);
    }
  }

  /** A problem blocks the send; a warning is advice. */
  record Notice(String code, String message) {}
}
