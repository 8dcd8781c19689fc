package fr.sesame.accounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The columns an import file may have, by their French and English names. */
enum ImportColumn {
  KIND(true, "type", "kind"),
  LAST_NAME(true, "nom", "last_name", "lastname", "nom_de_famille"),
  FIRST_NAME(true, "prenom", "first_name", "firstname"),
  CIVILITY(false, "civilite", "civility", "title"),
  LOGIN(false, "identifiant", "login"),
  EMAIL(false, "email", "e_mail", "courriel", "mail"),
  CLASS_NAME(false, "classe", "class", "class_name"),
  CONNECTION_MODE(false, "mode_connexion", "connection_mode"),
  CHILDREN(false, "enfants", "children"),
  ADDRESS(false, "adresse", "address"),
  EXTERNAL_ID(false, "id_externe", "external_id");

  final boolean required;
  private final Set<String> names;

  ImportColumn(boolean required, String... names) {
    this.required = required;
    this.names = Set.of(names);
  }

  /** The French name, as the export writes it. */
  String frenchName() {
    return switch (this) {
      case KIND -> "type";
      case LAST_NAME -> "nom";
      case FIRST_NAME -> "prenom";
      case CIVILITY -> "civilite";
      case LOGIN -> "identifiant";
      case EMAIL -> "email";
      case CLASS_NAME -> "classe";
      case CONNECTION_MODE -> "mode_connexion";
      case CHILDREN -> "enfants";
      case ADDRESS -> "adresse";
      case EXTERNAL_ID -> "id_externe";
    };
  }

  /** Which column of the file each known column is in; names compare without case or accents. */
  record Layout(Map<ImportColumn, Integer> positions, List<String> unknown, List<String> header) {

    static Layout of(List<String> header) {
      Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        String name = Text.fold(header.get(i)).strip().replaceAll("[\\s-]+", "_");
        ImportColumn column = byName(name);
        if (column == null || positions.containsKey(column)) {
          unknown.add(header.get(i).strip());
        } else {
          positions.put(column, i);
        }
      }
      return new Layout(positions, unknown, header);
    }

    List<String> missingRequired() {
      List<String> missing = new ArrayList<>();
      for (ImportColumn column : values()) {
        if (column.required && !positions.containsKey(column)) {
          missing.add(column.frenchName());
        }
      }
      return missing;
    }

    boolean has(ImportColumn column) {
      return positions.containsKey(column);
    }

    String value(CsvTable.Row row, ImportColumn column) {
      Integer position = positions.get(column);
      return position == null ? "" : row.value(position);
    }

    private static ImportColumn byName(String name) {
      for (ImportColumn column : values()) {
        if (column.names.contains(name)) {
          return column;
        }
      }
      return null;
    }
  }
}
