package fr.sesame.security;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Sign-in, sign-out and "who am I" for the console. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

  private final SignInService signIn;

  AuthController(SignInService signIn) {
    this.signIn = signIn;
  }

  // The answer carries messages: the contract lists the header that picks their language.
  @Parameter(in = ParameterIn.HEADER, name = "Accept-Language")
  @PostMapping("/login")
  Mono<CurrentUser> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
    return signIn.signIn(request, exchange);
  }

  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> logout(ServerWebExchange exchange) {
    return signIn.signOut(exchange);
  }

  @GetMapping("/me")
  Mono<CurrentUser> me(Authentication authentication) {
    return Mono.just(CurrentUser.of(authentication));
  }
}
