/**
 * API keys for other school systems: made and revoked by an administrator, sent as {@code
 * Authorization: Bearer sk_…}, limited to their scopes and to a number of requests a minute.
 */
package fr.sesame.apikeys;
