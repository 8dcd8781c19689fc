package fr.sesame.identity;

/** The establishment's logo as stored: its bytes and media type. */
public record StoredLogo(byte[] bytes, String mediaType) {}
