package fr.sesame.letters;

/** A merge tag that cannot stay, and where it is in the submitted body (from 1). */
public record TagError(String tag, int line, int column, String message) {}
