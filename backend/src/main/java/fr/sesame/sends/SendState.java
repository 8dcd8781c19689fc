package fr.sesame.sends;

/** Where a send is in its life. */
public enum SendState {
  PENDING,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED
}
