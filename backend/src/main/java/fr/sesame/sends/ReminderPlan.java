package fr.sesame.sends;

import java.util.List;
import java.util.UUID;

/**
 * What a reminder of a send would do: how many letters go by e-mail again, how many to print (no
 * address, or one the server refused), how many are expired (re-issue those: a reminder cannot
 * revive them) and how many are used or no longer live; what blocks it.
 */
record ReminderPlan(
    int byEmail,
    int toPrint,
    int expired,
    int used,
    List<UUID> expiredAccountIds,
    List<DryRun.Notice> problems) {}
