package fr.sesame.letters;

import fr.sesame.accounts.AccountKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The merge tags a template may contain, written {@code {{name}}}: what each one is, an example,
 * and which audiences and variants may use it.
 */
public enum MergeTag {
  ESTABLISHMENT_NAME(Group.ESTABLISHMENT, "Le nom de l'établissement", "Collège Jean Moulin"),
  ESTABLISHMENT_ADDRESS(
      Group.ESTABLISHMENT, "L'adresse de l'établissement", "12 rue des Écoles, 75005 Paris"),
  ESTABLISHMENT_LOGO(Group.ESTABLISHMENT, "Le logo de l'établissement (image)", "[logo]"),
  PUBLIC_URL(
      Group.ESTABLISHMENT,
      "L'adresse publique de Sésame",
      "https://sesame.college-jean-moulin.fr/"),
  CIVILITY(Group.RECIPIENT, "La civilité du destinataire", "Mme"),
  FIRST_NAME(Group.RECIPIENT, "Le prénom du destinataire", "Hélène"),
  LAST_NAME(Group.RECIPIENT, "Le nom du destinataire", "Dupré"),
  LOGIN(Group.RECIPIENT, "L'identifiant de connexion du destinataire", "helene.dupre"),
  CLASS_NAME(
      Group.RECIPIENT,
      "La classe de l'élève",
      "6A",
      EnumSet.of(AccountKind.STUDENT),
      allVariants()),
  CHILDREN(
      Group.RECIPIENT,
      "Les enfants du responsable (prénom, nom, classe)",
      "Zoé Lefèvre (6A)",
      EnumSet.of(AccountKind.PARENT),
      allVariants()),
  POSTAL_ADDRESS(
      Group.RECIPIENT, "L'adresse postale du destinataire", "3 place du Marché, 75011 Paris"),
  QR_CODE(
      Group.LETTER,
      "Le QR code à scanner (image)",
      "[QR code]",
      EnumSet.allOf(AccountKind.class),
      EnumSet.of(LetterVariant.QR)),
  ACTIVATION_LINK(
      Group.LETTER,
      "Le lien du QR code (long : sans appareil photo, l'adresse, l'identifiant et le code d'activation se tapent mieux)",
      "https://sesame.college-jean-moulin.fr/activate#Xb3…",
      EnumSet.allOf(AccountKind.class),
      EnumSet.of(LetterVariant.QR)),
  SECURITY_CODE(
      Group.LETTER,
      "Le code de sécurité à 6 chiffres",
      "482 913",
      EnumSet.allOf(AccountKind.class),
      EnumSet.of(LetterVariant.QR)),
  ACTIVATION_PAGE(
      Group.LETTER,
      "L'adresse de la page d'activation",
      "https://sesame.college-jean-moulin.fr/activate"),
  ACTIVATION_CODE(
      Group.LETTER,
      "Le code d'activation à taper avec l'identifiant",
      "K7QM 3XPT 2D9F",
      EnumSet.allOf(AccountKind.class),
      allVariants()),
  EXPIRY_DATE(Group.LETTER, "La date jusqu'à laquelle la lettre est valable", "25 décembre 2026"),
  EDITION_DATE(Group.LETTER, "La date d'édition de la lettre", "25 novembre 2026");

  /** Where a tag's value comes from. */
  public enum Group {
    ESTABLISHMENT,
    RECIPIENT,
    LETTER
  }

  private final Group group;
  private final String description;
  private final String example;
  private final Set<AccountKind> audiences;
  private final Set<LetterVariant> variants;

  MergeTag(Group group, String description, String example) {
    this(group, description, example, EnumSet.allOf(AccountKind.class), allVariants());
  }

  MergeTag(
      Group group,
      String description,
      String example,
      Set<AccountKind> audiences,
      Set<LetterVariant> variants) {
    this.group = group;
    this.description = description;
    this.example = example;
    this.audiences = audiences;
    this.variants = variants;
  }

  private static Set<LetterVariant> allVariants() {
    return EnumSet.allOf(LetterVariant.class);
  }

  /** As written in templates: {@code login}, {@code qr_code}... */
  public String tagName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MergeTag> byName(String name) {
    for (MergeTag tag : values()) {
      if (tag.tagName().equals(name)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  public Group group() {
    return group;
  }

  public String description() {
    return description;
  }

  public String example() {
    return example;
  }

  public Set<AccountKind> audiences() {
    return audiences;
  }

  public Set<LetterVariant> variants() {
    return variants;
  }
}
