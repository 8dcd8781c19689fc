package fr.sesame.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/auth/login}. */
record LoginRequest(
    @NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 128) String password) {

  @Override
  public String toString() {
    return "LoginRequest[username=" + username + ", password=(hidden)]";
  }
}
