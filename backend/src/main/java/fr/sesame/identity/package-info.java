/** The establishment: name, UAI, address, logo, and the public URL that every QR code points to. */
package fr.sesame.identity;
