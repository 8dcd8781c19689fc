/**
 * Letter credentials (DESIGN §3 rules 1–4): an opaque token for the QR link and a 6-digit security
 * code, or an activation code for letters without QR code, all derived by HMAC from the server key
 * and the credential's id, so nothing secret is stored; one live credential per account, valid at
 * most 31 days. Credentials own their lifecycle: which states are live (CredentialState.LIVE, and
 * the SQL function {@code credential_is_live} for queries elsewhere), issuing, revoking an
 * account's, a selection's or a send's letters, and printing one letter again at the front desk.
 */
@ApplicationModule(
    allowedDependencies = {"accounts", "audit", "identity", "letters", "templates", "web"})
package fr.sesame.credentials;

import org.springframework.modulith.ApplicationModule;
