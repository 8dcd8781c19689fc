package fr.sesame.templates;

/** {@code QR}: QR code and security code. {@code NO_QR}: address, login and activation code. */
public enum TemplateVariant {
  QR,
  NO_QR
}
