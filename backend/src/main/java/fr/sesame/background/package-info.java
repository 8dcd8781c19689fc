/** Work an instance does in the background, off any request: the outboxes' polling. */
package fr.sesame.background;
