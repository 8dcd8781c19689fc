package fr.sesame.security;

import fr.sesame.web.ClientAddress;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Signs an administrator in or out: throttle, password check, session. */
@Service
class SignInService {

  private static final Logger log = LoggerFactory.getLogger(SignInService.class);

  private final SignInThrottle throttle;
  private final AdminAuthenticationManager authentication;
  private final DatabaseSessions sessions;
  private final AdminUsers users;
  private final Clock clock;

  SignInService(
      SignInThrottle throttle,
      AdminAuthenticationManager authentication,
      DatabaseSessions sessions,
      AdminUsers users,
      Clock clock) {
    this.throttle = throttle;
    this.authentication = authentication;
    this.sessions = sessions;
    this.users = users;
    this.clock = clock;
  }

  Mono<CurrentUser> signIn(LoginRequest request, ServerWebExchange exchange) {
    String key = SignInThrottle.keyOf(request.username());
    return throttle
        .admit(key)
        .then(
            authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(
                    request.username(), request.password())))
        .onErrorResume(
            BadCredentialsException.class,
            wrong -> {
              // Not the typed name: people type their password in the username field.
              log.info(
                  "Sign-in failed for username #{} from {}",
                  fingerprint(key),
                  clientAddress(exchange));
              // Already counted by the throttle when admitted.
              return Mono.error(
                  new ProblemException(ProblemType.SIGN_IN_FAILED, Message.of("signIn.failed")));
            })
        .flatMap(
            signedIn ->
                throttle
                    .reset(key)
                    .then(sessions.save(exchange, new SecurityContextImpl(signedIn)))
                    .then(
                        users.signedIn(
                            ((UserPrincipal) signedIn.getPrincipal()).id(),
                            clock.instant().atOffset(ZoneOffset.UTC)))
                    .doOnSuccess(
                        done -> log.info("Signed in '{}' from {}", key, clientAddress(exchange)))
                    .thenReturn(CurrentUser.of(signedIn)));
  }

  Mono<Void> signOut(ServerWebExchange exchange) {
    return sessions.end(exchange);
  }

  /**
   * A short fingerprint that links a user's failures in the log without revealing what was typed.
   */
  static String fingerprint(String key) {
    return SecureTokens.sha256(key).substring(0, 10);
  }

  private static String clientAddress(ServerWebExchange exchange) {
    return ClientAddress.of(exchange);
  }
}
