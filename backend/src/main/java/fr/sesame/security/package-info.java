/**
 * Who may do what: administrators' sign-in (Argon2id, back-off, equal timing), sessions stored in
 * PostgreSQL, CSRF for browser calls, security headers, and problem answers for 401 and 403.
 */
package fr.sesame.security;
