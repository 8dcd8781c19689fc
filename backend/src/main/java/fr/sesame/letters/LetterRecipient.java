package fr.sesame.letters;

import fr.sesame.accounts.Account;
import java.util.List;

/**
 * One letter to print: who it is for and the live credential it carries. {@code children} are a
 * parent's children, empty for anyone else.
 */
record LetterRecipient(Account account, List<Account> children, LetterCredential credential) {}
