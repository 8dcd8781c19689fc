package fr.sesame.identity;

/**
 * The establishment as the API shows it. {@code nextStepUrl} and {@code nextStepLabel}: where a
 * recipient uses the account once activated (the school's ENT or PRONOTE), shown in « Mon compte ».
 */
public record Identity(
    String name,
    String uai,
    String address,
    String publicUrl,
    String logoUrl,
    String hostedPublicUrl,
    String nextStepUrl,
    String nextStepLabel) {

  /** An establishment that names no next step. */
  public Identity(
      String name,
      String uai,
      String address,
      String publicUrl,
      String logoUrl,
      String hostedPublicUrl) {
    this(name, uai, address, publicUrl, logoUrl, hostedPublicUrl, null, null);
  }
}
