package fr.sesame.activation;

import java.time.OffsetDateTime;

/** Who the verified letter is for, and until when the password can be chosen. */
record Verified(String displayName, String login, OffsetDateTime expiresAt) {}
