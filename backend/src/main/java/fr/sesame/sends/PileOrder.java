package fr.sesame.sends;

import fr.sesame.accounts.Account;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of a send's letters and of its sign-off sheet, so the printed pile and the sheet match:
 * class by class, then by name alphabetically (accents and case as French sorts them).
 */
final class PileOrder {

  private PileOrder() {}

  private static final Collator FRENCH = collator();

  static final Comparator<Account> ACCOUNTS =
      Comparator.comparing(Account::className, Comparator.nullsLast(PileOrder::compare))
          .thenComparing(Account::lastName, PileOrder::compare)
          .thenComparing(Account::firstName, PileOrder::compare)
          .thenComparing(Account::id);

  private static Collator collator() {
    Collator collator = Collator.getInstance(Locale.FRENCH);
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }

  static int compare(String a, String b) {
    synchronized (FRENCH) { // a Collator is not safe to share between threads
      return FRENCH.compare(a == null ? "" : a, b == null ? "" : b);
    }
  }
}
