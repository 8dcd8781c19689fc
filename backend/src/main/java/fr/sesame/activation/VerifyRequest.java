package fr.sesame.activation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/activation/verify}: the QR link's {@code token} with the 6-digit
 * security code, or, for a letter without QR code, the {@code login} with the activation code.
 */
record VerifyRequest(
    @Size(max = 200) String token,
    @Size(max = 100) String login,
    @NotBlank @Size(max = 40) String code) {}
