package fr.sesame.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is signed in, as {@code GET /api/auth/me} tells the console. */
record CurrentUser(String username, String displayName, List<String> roles) {

  static CurrentUser of(Authentication authentication) {
    UserPrincipal principal = (UserPrincipal) authentication.getPrincipal();
    List<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(role -> role.replaceFirst("^ROLE_", ""))
            .toList();
    return new CurrentUser(principal.username(), principal.displayName(), roles);
  }
}
