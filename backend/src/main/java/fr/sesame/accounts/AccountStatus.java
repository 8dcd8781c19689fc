package fr.sesame.accounts;

/** Whether the person is still at the school; one who has left is kept but gets no letter. */
public enum AccountStatus {
  ACTIVE,
  LEFT
}
