package fr.sesame.accounts;

/**
 * How far one audience and class has come: of {@code total} accounts, {@code activated} chose their
 * password, {@code waiting} hold a letter still usable, {@code withoutLetter} have neither and need
 * one, and {@code ent} sign in through the ENT.
 */
record ActivationSummaryRow(
    AccountKind kind,
    String className,
    long total,
    long activated,
    long waiting,
    long withoutLetter,
    long ent) {}
