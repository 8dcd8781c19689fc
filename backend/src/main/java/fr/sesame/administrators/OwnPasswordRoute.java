package fr.sesame.administrators;

import fr.sesame.security.UserPrincipal;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/auth/password} is one operation for whoever is signed in. A recipient's call
 * goes on to « Mon compte » (activation); an administrator's is answered here. Functional routes
 * are looked up before annotated controllers, and this one declines (empty) unless the caller is an
 * administrator, so the two never meet.
 */
@Configuration
class OwnPasswordRoute {

  static final String PATH = "/api/auth/password";
  private static final Set<String> ADMINISTRATORS =
      Set.of("ROLE_ADMIN", "ROLE_PASSWORD_CHANGE_REQUIRED");

  record PasswordChange(String currentPassword, String newPassword) {}

  @Bean
  RouterFunction<ServerResponse> administratorOwnPassword(OwnPasswords passwords) {
    HandlerFunction<ServerResponse> change = request -> change(request, passwords);
    return request ->
        request.method() == HttpMethod.POST && PATH.equals(request.path())
            ? request
                .principal()
                .filter(OwnPasswordRoute::isAdministrator)
                .map(administrator -> change)
            : Mono.empty();
  }

  private static boolean isAdministrator(Principal principal) {
    return principal instanceof Authentication authentication
        && authentication.getPrincipal() instanceof UserPrincipal
        && authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(ADMINISTRATORS::contains);
  }

  private static Mono<ServerResponse> change(ServerRequest request, OwnPasswords passwords) {
    return request
        .principal()
        .cast(Authentication.class)
        .map(authentication -> (UserPrincipal) authentication.getPrincipal())
        .zipWith(
            request
                .bodyToMono(PasswordChange.class)
                .switchIfEmpty(Mono.error(invalid(List.of("currentPassword", "newPassword")))))
        .flatMap(
            found -> {
              PasswordChange change = found.getT2();
              List<String> wrong = new ArrayList<>();
              if (!fits(change.currentPassword())) {
                wrong.add("currentPassword");
              }
              if (!fits(change.newPassword())) {
                wrong.add("newPassword");
              }
              return wrong.isEmpty()
                  ? passwords.change(
                      found.getT1(),
                      change.currentPassword(),
                      change.newPassword(),
                      request.exchange())
                  : Mono.error(invalid(wrong));
            })
        .then(ServerResponse.noContent().build());
  }

  /** The same limits as the recipients' operation: present, at most 1,024 characters. */
  private static boolean fits(String value) {
    return value != null && value.length() <= 1024;
  }

  private static ProblemException invalid(List<String> fields) {
    return ProblemException.invalidFields(
        fields.stream()
            .map(field -> new ProblemException.FieldError(field, Message.of("field.size", 1, 1024)))
            .toList());
  }
}
