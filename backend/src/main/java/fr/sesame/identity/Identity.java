package fr.sesame.identity;

/** The establishment as the API shows it. */
public record Identity(
    String name,
    String uai,
    String address,
    String publicUrl,
    String logoUrl,
    String hostedPublicUrl) {}
