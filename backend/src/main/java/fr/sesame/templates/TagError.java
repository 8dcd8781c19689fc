package fr.sesame.templates;

/** A merge tag that cannot stay, and where it is in the submitted body (from 1). */
record TagError(String tag, int line, int column, String message) {}
