/** Append-only record of who did what to whom, when and from where; never holds a secret. */
package fr.sesame.audit;
