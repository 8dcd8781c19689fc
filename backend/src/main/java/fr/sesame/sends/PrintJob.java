package fr.sesame.sends;

/**
 * The IPP job a {@code PRINT} send became.
 *
 * @param state {@code SUBMITTING} while the letters stream to the printer, then the job's state
 *     ({@code PENDING} … {@code COMPLETED}), or {@code UNREACHABLE}
 */
record PrintJob(String printer, Integer jobId, String state, String message) {}
