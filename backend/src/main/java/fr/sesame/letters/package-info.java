/**
 * Letters: these recipients, this template, these credentials → PDF bytes, through one entry,
 * {@link fr.sesame.letters.Letters} — many letters merged and streamed, one letter, or a preview
 * with specimen credentials. Behind it, package-private: merge tags and values, the renderer
 * (openhtmltopdf, embedded fonts, no outside resource ever fetched), the streaming writer, QR codes
 * (ZXing), and reading recipients in batches. The letter variant (QR or not) is letter vocabulary;
 * credentials are read through {@link fr.sesame.letters.LetterCredentials}, which the credentials
 * module implements, so letters never depend on it.
 */
@ApplicationModule(allowedDependencies = {"accounts", "identity", "web"})
package fr.sesame.letters;

import org.springframework.modulith.ApplicationModule;
