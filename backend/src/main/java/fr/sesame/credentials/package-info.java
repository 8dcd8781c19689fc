/**
 * Letter credentials (DESIGN §3 rules 1–4): an opaque token for the QR link and a 6-digit security
 * code, or an activation code for letters without QR code, all derived by HMAC from the server key
 * and the credential's id, so nothing secret is stored; one live credential per account, valid at
 * most 31 days.
 */
package fr.sesame.credentials;
