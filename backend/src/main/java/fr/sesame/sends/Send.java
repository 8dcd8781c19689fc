package fr.sesame.sends;

import fr.sesame.accounts.AccountKind;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A send as the API shows it; {@code printJob} only for {@code PRINT} with a printer. */
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
    PrintJob printJob) {}
