package fr.sesame.sends;

import fr.sesame.accounts.AccountKind;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A send as the API shows it; {@code printJob} only for {@code PRINT} with a printer. {@code
 * refused}: e-mails the server refused for good, counted in {@code toPrint} too. A reminder names
 * the send it reminds ({@code reminderOf}); a send reminded by itself says after how many days and
 * when it was ({@code remindedAt}).
 */
record Send(
    UUID id,
    SendState state,
    SendOutput output,
    AccountKind audience,
    UUID templateId,
    int total,
    int eligible,
    int skipped,
    int done,
    int failed,
    int toPrint,
    OffsetDateTime createdAt,
    String createdBy,
    PrintJob printJob,
    int refused,
    UUID reminderOf,
    Integer remindAfterDays,
    OffsetDateTime remindAt,
    OffsetDateTime remindedAt) {}
