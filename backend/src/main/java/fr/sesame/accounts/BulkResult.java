package fr.sesame.accounts;

/** How many accounts a bulk action changed. */
record BulkResult(long affected) {}
