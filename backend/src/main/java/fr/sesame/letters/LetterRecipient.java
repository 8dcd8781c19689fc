package fr.sesame.letters;

import fr.sesame.accounts.Account;
import fr.sesame.credentials.Credential;

/**
 * One letter to print: who it is for and the live credential it carries. {@code children} is what
 * the {@code children} tag shows for a parent, empty for anyone else.
 */
public record LetterRecipient(Account account, String children, Credential credential) {}
