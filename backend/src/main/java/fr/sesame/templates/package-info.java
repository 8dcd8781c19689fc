/**
 * Letter templates: the shipped « Connexion » originals, the school's own copies, their merge tags,
 * versions, restore, and a safe preview with specimen credentials.
 */
package fr.sesame.templates;
