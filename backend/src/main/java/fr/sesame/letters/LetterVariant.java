package fr.sesame.letters;

/** {@code QR}: QR code and security code. {@code NO_QR}: address, login and activation code. */
public enum LetterVariant {
  QR,
  NO_QR
}
