package fr.sesame.sends;

import java.util.UUID;

/** One recipient of a send: their letter's state, and how it reached them. */
record SendRecipient(
    UUID accountId, String displayName, String state, SendOutput channel, String error) {}
