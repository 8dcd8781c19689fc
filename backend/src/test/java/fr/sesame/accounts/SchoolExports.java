package fr.sesame.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes files shaped as SIECLE's and STS-Web's « Exports XML génériques »: ISO-8859-15 declared in
 * the header (Œ exists there, not in ISO-8859-1), one XML file per zip.
 */
final class SchoolExports {

  static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

  private SchoolExports() {}

  record Pupil(
      String id,
      String lastName,
      String usageName,
      String firstName,
      String division,
      String group,
      String leftOn) {}

  record Guardian(
      String id,
      String civility,
      String lastName,
      String usageName,
      String firstName,
      String email,
      String addressLine,
      String postcode,
      String town) {}

  record Link(String pupilId, String guardianId, int legal) {}

  record Staff(String id, String civility, String lastName, String firstName, String function) {}

  static byte[] pupils(String uai, List<Pupil> pupils) {
    StringBuilder xml = header("BEE_ELEVES", uai).append("<DONNEES><ELEVES>\n");
    for (Pupil p : pupils) {
      xml.append("<ELEVE ELEVE_ID=\"")
          .append(p.id())
          .append("\" ELENOET=\"")
          .append(p.id())
          .append("\">")
          .append(tag("ID_NATIONAL", "0" + p.id() + "AB"))
          .append(tag("NOM_DE_FAMILLE", p.lastName()))
          .append(tag("NOM_USAGE", p.usageName()))
          .append(tag("PRENOM", p.firstName()))
          .append(tag("DATE_NAISS", "14/03/2012"))
          .append(tag("DATE_SORTIE", p.leftOn()))
          .append("</ELEVE>\n");
    }
    xml.append("</ELEVES><STRUCTURES>\n");
    for (Pupil p : pupils) {
      xml.append("<STRUCTURES_ELEVE ELEVE_ID=\"")
          .append(p.id())
          .append("\" ELENOET=\"")
          .append(p.id())
          .append("\">");
      if (p.division() != null) {
        xml.append(structure(p.division(), "D"));
      }
      if (p.group() != null) {
        xml.append(structure(p.group(), "G"));
      }
      xml.append("</STRUCTURES_ELEVE>\n");
    }
    return xml.append("</STRUCTURES></DONNEES></BEE_ELEVES>\n").toString().getBytes(ISO_8859_15);
  }

  static byte[] guardians(String uai, List<Guardian> guardians, List<Link> links) {
    StringBuilder xml = header("BEE_RESPONSABLES", uai).append("<DONNEES><PERSONNES>\n");
    for (Guardian g : guardians) {
      xml.append("<PERSONNE PERSONNE_ID=\"")
          .append(g.id())
          .append("\">")
          .append(tag("LC_CIVILITE", g.civility()))
          .append(tag("NOM_DE_FAMILLE", g.lastName()))
          .append(tag("NOM_USAGE", g.usageName()))
          .append(tag("PRENOM", g.firstName()))
          .append(tag("TEL_PORTABLE", "0612345678"))
          .append(tag("MEL", g.email()))
          .append(tag("ADRESSE_ID", "A" + g.id()))
          .append("</PERSONNE>\n");
    }
    xml.append("</PERSONNES><RESPONSABLES>\n");
    for (Link l : links) {
      xml.append("<RESPONSABLE_ELEVE>")
          .append(tag("ELEVE_ID", l.pupilId()))
          .append(tag("PERSONNE_ID", l.guardianId()))
          .append(tag("RESP_LEGAL", String.valueOf(l.legal())))
          .append(tag("CODE_PARENTE", l.legal() == 0 ? "50" : "10"))
          .append("</RESPONSABLE_ELEVE>\n");
    }
    xml.append("</RESPONSABLES><ADRESSES>\n");
    for (Guardian g : guardians) {
      xml.append("<ADRESSE ADRESSE_ID=\"A")
          .append(g.id())
          .append("\">")
          .append(tag("LIGNE1_ADRESSE", g.addressLine()))
          .append(tag("CODE_POSTAL", g.postcode()))
          .append(tag("LIBELLE_POSTAL", g.town()))
          .append(tag("LL_PAYS", "FRANCE"))
          .append("</ADRESSE>\n");
    }
    return xml.append("</ADRESSES></DONNEES></BEE_RESPONSABLES>\n")
        .toString()
        .getBytes(ISO_8859_15);
  }

  static byte[] staff(String uai, List<Staff> staff) {
    StringBuilder xml = header("STS_EDT", uai).append("<DONNEES><INDIVIDUS>\n");
    for (Staff s : staff) {
      xml.append("<INDIVIDU ID=\"")
          .append(s.id())
          .append("\" TYPE=\"epp\">")
          .append(tag("NOM_USAGE", s.lastName()))
          .append(tag("NOM_PATRONYMIQUE", s.lastName()))
          .append(tag("PRENOM", s.firstName()))
          .append(tag("CIVILITE", s.civility()))
          .append(tag("FONCTION", s.function()))
          .append("</INDIVIDU>\n");
    }
    return xml.append("</INDIVIDUS></DONNEES></STS_EDT>\n").toString().getBytes(ISO_8859_15);
  }

  /** One file in a zip, as the national tools deliver it. */
  static byte[] zip(String entryName, byte[] content) {
    return zip(List.of(entryName), List.of(content));
  }

  static byte[] zip(List<String> names, List<byte[]> contents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        zip.putNextEntry(new ZipEntry(names.get(i)));
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static StringBuilder header(String root, String uai) {
    return new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<")
        .append(root)
        .append(" VERSION=\"3.0\">\n<PARAMETRES>")
        .append(tag("UAJ", uai))
        .append(tag("ANNEE_SCOLAIRE", "2026"))
        .append(tag("DATE_EXPORT", "01/09/2026"))
        .append("</PARAMETRES>\n");
  }

  private static String structure(String code, String type) {
    return "<STRUCTURE>"
        + tag("CODE_STRUCTURE", code)
        + tag("TYPE_STRUCTURE", type)
        + "</STRUCTURE>";
  }

  private static String tag(String name, String value) {
    if (value == null) {
      return "";
    }
    String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<" + name + ">" + escaped + "</" + name + ">";
  }
}
