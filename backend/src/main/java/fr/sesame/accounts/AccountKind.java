package fr.sesame.accounts;

/** Who an account belongs to. */
public enum AccountKind {
  STUDENT,
  PARENT,
  TEACHER,
  STAFF,
  INSPECTOR
}
