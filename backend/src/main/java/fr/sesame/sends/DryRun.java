package fr.sesame.sends;

import java.util.List;
import java.util.UUID;

/** What a send would do, without doing any of it. */
record DryRun(
    int eligible,
    List<Skipped> skipped,
    List<UUID> withoutEmail,
    List<Notice> problems,
    List<Notice> warnings) {

  /** An account that gets no letter, and why ({@code ENT}, {@code ALREADY_PERSONALISED}). */
  record Skipped(UUID accountId, String reason) {}

  /** A problem blocks the send; a warning is advice. */
  record Notice(String code, String message) {}
}
