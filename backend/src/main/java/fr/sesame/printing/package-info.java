/** Printing letters on an IPP printer (a CUPS queue or a network printer), and its state. */
package fr.sesame.printing;
