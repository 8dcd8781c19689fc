package fr.sesame.accounts;

import java.util.Set;

/**
 * The files an import recognises by their content. A full export of a school tool names everyone of
 * its kinds: accounts it brought before ({@code externalPrefix}) and no longer lists have left.
 */
enum ImportFormat {
  CSV(null, Set.of()),
  SIECLE_PUPILS("siecle-eleve:", Set.of(AccountKind.STUDENT)),
  SIECLE_GUARDIANS("siecle-resp:", Set.of(AccountKind.PARENT)),
  STS("sts:", Set.of(AccountKind.TEACHER, AccountKind.STAFF)),
  ONDE("onde:", Set.of(AccountKind.STUDENT));

  private final String externalPrefix;
  private final Set<AccountKind> kinds;

  ImportFormat(String externalPrefix, Set<AccountKind> kinds) {
    this.externalPrefix = externalPrefix;
    this.kinds = kinds;
  }

  /** Stored external ids start with it, so a later export finds its own accounts again. */
  String externalPrefix() {
    return externalPrefix;
  }

  Set<AccountKind> kinds() {
    return kinds;
  }

  boolean isFullExport() {
    return externalPrefix != null;
  }
}
