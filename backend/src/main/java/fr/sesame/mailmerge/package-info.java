/**
 * The letter engine: a template, the establishment and each recipient's live credential merged into
 * letters, streamed as one PDF by {@link fr.sesame.letters.MergedLetters}.
 */
package fr.sesame.mailmerge;
