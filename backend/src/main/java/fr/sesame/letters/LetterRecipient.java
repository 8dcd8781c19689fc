package fr.sesame.letters;

import fr.sesame.accounts.Account;

/**
 * One letter to print: who it is for and the live credential it carries. {@code children} is what
 * the {@code children} tag shows for a parent, empty for anyone else.
 */
record LetterRecipient(Account account, String children, LetterCredential credential) {}
