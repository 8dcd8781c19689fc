package fr.sesame.sends;

/** Where a send's letters go. */
public enum SendOutput {
  PDF,
  EMAIL,
  PRINT
}
