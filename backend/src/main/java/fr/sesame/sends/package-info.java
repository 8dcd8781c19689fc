/**
 * Sends — PRONOTE's publipostage: an audience, a selection, a letter template and an output; a dry
 * run first, then credentials issued for every eligible recipient and their letters delivered.
 */
package fr.sesame.sends;
