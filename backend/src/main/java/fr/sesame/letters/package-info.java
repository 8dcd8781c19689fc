/**
 * Turning merged letters into paper: QR codes (ZXing), A4 pages rendered from HTML (openhtmltopdf,
 * embedded fonts, no outside resource ever fetched), and page images.
 */
package fr.sesame.letters;
