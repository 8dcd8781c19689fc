package fr.sesame.security;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks an administrator's username and password. An unknown username costs one Argon2 check too,
 * against a decoy hash, so timing tells nothing about which usernames exist.
 */
@Component
@Primary // the console's; the activation page has its own
class AdminAuthenticationManager implements ReactiveAuthenticationManager {

  private final AdminUsers users;
  private final PasswordHasher hasher;

  AdminAuthenticationManager(AdminUsers users, PasswordHasher hasher) {
    this.users = users;
    this.hasher = hasher;
  }

  @Override
  public Mono<Authentication> authenticate(Authentication attempt) {
    String password = String.valueOf(attempt.getCredentials());
    return users
        .findByUsername(attempt.getName())
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            user ->
                hasher
                    .matches(password, user.map(AdminUser::passwordHash).orElse(null))
                    .flatMap(
                        matches ->
                            matches
                                ? Mono.just(authenticated(user.orElseThrow()))
                                : Mono.error(new BadCredentialsException("Bad credentials"))));
  }

  static Authentication authenticated(AdminUser user) {
    return UsernamePasswordAuthenticationToken.authenticated(
        new UserPrincipal(user.id(), user.username(), user.displayName()),
        null,
        List.of(new SimpleGrantedAuthority("ROLE_" + user.role())));
  }
}
