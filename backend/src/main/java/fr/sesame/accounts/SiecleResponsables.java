package fr.sesame.accounts;

import fr.sesame.web.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SIECLE's guardians export ({@code ResponsablesAvecAdresses.xml}, root {@code BEE_RESPONSABLES}):
 * each legal guardian ({@code RESP_LEGAL} 1 or 2) becomes a parent of the pupils it is responsible
 * for, with its own e-mail and postal address. Other contacts get no account. Which of the children
 * are still at school is decided later, against the pupils export or the stored students.
 */
final class SiecleResponsables {

  static final String ROOT = "BEE_RESPONSABLES";
  private static final String PARAMETRES = ROOT + "/PARAMETRES";
  private static final String PERSONNE = ROOT + "/DONNEES/PERSONNES/PERSONNE";
  private static final String LIEN = ROOT + "/DONNEES/RESPONSABLES/RESPONSABLE_ELEVE";
  private static final String ADRESSE = ROOT + "/DONNEES/ADRESSES/ADRESSE";

  private SiecleResponsables() {}

  static ExportFile read(ImportArchive.Unpacked file, String encoding) {
    String[] uai = new String[1];
    List<XmlElement> persons = new ArrayList<>();
    Map<String, Set<String>> children = new HashMap<>();
    Map<String, String> addresses = new HashMap<>();
    int[] contacts = new int[1];
    XmlRecords.read(
        file.bytes(),
        file.name(),
        Set.of(PARAMETRES, PERSONNE, LIEN, ADRESSE),
        element -> {
          switch (element.name()) {
            case "PARAMETRES" -> uai[0] = element.text("UAJ");
            case "PERSONNE" -> persons.add(element);
            case "ADRESSE" -> addresses.put(element.attribute("ADRESSE_ID"), address(element));
            default -> {
              String legal = element.text("RESP_LEGAL");
              if ("1".equals(legal) || "2".equals(legal)) {
                children
                    .computeIfAbsent(element.text("PERSONNE_ID"), id -> new LinkedHashSet<>())
                    .add(ImportFormat.SIECLE_PUPILS.externalPrefix() + element.text("ELEVE_ID"));
              } else {
                contacts[0]++;
              }
            }
          }
        });
    List<ImportRowReader.Draft> drafts = new ArrayList<>();
    int line = 0;
    for (XmlElement person : persons) {
      line++;
      String id = person.attribute("PERSONNE_ID");
      Set<String> pupils = children.get(id);
      if (pupils == null) {
        continue; // Not a legal guardian: another contact, no account.
      }
      String lastName = SiecleNames.lastName(person);
      String firstName = SiecleNames.limit(person.text("PRENOM"));
      List<ImportReport.Error> errors = SiecleNames.check(id, "PERSONNE_ID", lastName, firstName);
      String email = person.text("MEL");
      if (email != null && (email.length() > 254 || !Text.isEmail(email))) {
        errors.add(new ImportReport.Error("MEL", Message.of("email.invalidValue", email)));
      }
      AccountRow row =
          new AccountRow(
              null,
              AccountKind.PARENT,
              civility(person.text("LC_CIVILITE")),
              lastName == null ? "" : lastName,
              firstName == null ? "" : firstName,
              null,
              email,
              null,
              addresses.get(person.text("ADRESSE_ID")),
              ImportFormat.SIECLE_GUARDIANS.externalPrefix() + id,
              null,
              PasswordState.NONE);
      drafts.add(new ImportRowReader.Draft(line, row, List.copyOf(pupils), true, errors, true));
    }
    List<Message> warnings = new ArrayList<>();
    if (contacts[0] > 0) {
      warnings.add(Message.of("import.warning.contactsNotGuardians", contacts[0]));
    }
    return new ExportFile(
        file.name(),
        ImportFormat.SIECLE_GUARDIANS,
        encoding,
        file.zipped(),
        uai[0],
        drafts,
        warnings,
        null,
        List.of());
  }

  private static String civility(String civility) {
    if (civility == null) {
      return null;
    }
    return switch (Text.fold(civility).replace(".", "").strip()) {
      case "m", "mr", "monsieur" -> "M.";
      case "mme", "madame" -> "Mme";
      default -> SiecleNames.limit(civility, 20);
    };
  }

  /** The recipient block's lines: street lines, then postcode and town, then a foreign country. */
  private static String address(XmlElement address) {
    String country = address.text("LL_PAYS");
    String town =
        Stream.of(address.text("CODE_POSTAL"), address.text("LIBELLE_POSTAL"))
            .filter(s -> s != null)
            .collect(Collectors.joining(" "));
    List<String> lines = new ArrayList<>();
    for (String field :
        List.of("LIGNE1_ADRESSE", "LIGNE2_ADRESSE", "LIGNE3_ADRESSE", "LIGNE4_ADRESSE")) {
      String value = address.text(field);
      if (value != null) {
        lines.add(value);
      }
    }
    if (!town.isEmpty()) {
      lines.add(town);
    }
    if (country != null && !Text.fold(country).equals("france")) {
      lines.add(country);
    }
    String joined = String.join("\n", lines);
    return joined.isEmpty() ? null : SiecleNames.limit(joined, 500);
  }
}
