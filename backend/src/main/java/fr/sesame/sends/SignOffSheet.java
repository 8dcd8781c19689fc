package fr.sesame.sends;

import fr.sesame.identity.IdentityService;
import fr.sesame.letters.Letters;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The « feuille d'émargement » of a send handed out in class: a page per class, each pupil's name
 * and login with an empty signature column, and a date line. In the send's letter order (class,
 * then name), so the pile and the sheet match. Never a code or a token: only what the class sees.
 */
@Component
class SignOffSheet {

  private final DatabaseClient db;
  private final IdentityService identity;
  private final Letters letters;
  private final Clock clock;

  SignOffSheet(DatabaseClient db, IdentityService identity, Letters letters, Clock clock) {
    this.db = db;
    this.identity = identity;
    this.letters = letters;
    this.clock = clock;
  }

  record Row(String className, String name, String login) {}

  Mono<byte[]> pdf(UUID sendId) {
    Mono<List<Row>> rows =
        db.sql(
                """
                select a.class_name, a.last_name, a.first_name, a.login
                from send_recipient r join account a on a.id = r.account_id
                where r.send_id = :send order by r.position
                """)
            .bind("send", sendId)
            .map(
                row ->
                    new Row(
                        row.get("class_name", String.class),
                        row.get("last_name", String.class).toUpperCase(Locale.FRENCH)
                            + " "
                            + row.get("first_name", String.class),
                        row.get("login", String.class)))
            .all()
            .collectList();
    return db.sql("select 1 from send where id = :send")
        .bind("send", sendId)
        .fetch()
        .one()
        .switchIfEmpty(
            Mono.error(new ProblemException(ProblemType.NOT_FOUND, Message.of("send.notFound"))))
        .then(Mono.zip(rows, identity.get()))
        .flatMap(
            found ->
                letters.pdf(
                    () ->
                        html(
                            found.getT2().name(),
                            found.getT1(),
                            clock.instant().atZone(Letters.SCHOOL_ZONE).toLocalDate())));
  }

  static String html(String school, List<Row> rows, LocalDate today) {
    Map<String, List<Row>> byClass = new LinkedHashMap<>();
    for (Row row : rows) {
      byClass
          .computeIfAbsent(Objects.toString(row.className(), ""), c -> new ArrayList<>())
          .add(row);
    }
    StringBuilder html =
        new StringBuilder(
            """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"/>
            <title>Feuille d'émargement</title><style>
            @page { size: A4; margin: 18mm 15mm; }
            body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
            section { page-break-after: always; } section:last-child { page-break-after: auto; }
            h1 { font-size: 15pt; margin: 0 0 2mm; } p.school { margin: 0 0 5mm; color: #333; }
            table { width: 100%; border-collapse: collapse; }
            th, td { border: 0.6pt solid #444; padding: 2.2mm 2mm; text-align: left; }
            th.sign, td.sign { width: 38%; } tr { page-break-inside: avoid; }
            p.date { margin-top: 8mm; }
            </style></head><body>
            """);
    String date = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH).format(today);
    for (Map.Entry<String, List<Row>> entry : byClass.entrySet()) {
      String heading = entry.getKey().isEmpty() ? "Sans classe" : "Classe " + entry.getKey();
      html.append("<section><h1>Feuille d'émargement — ")
          .append(escape(heading))
          .append("</h1><p class=\"school\">")
          .append(escape(Objects.toString(school, "")))
          .append(" · lettres de connexion remises le ____ / ____ / ________</p>")
          .append("<table><thead><tr><th>Nom et prénom</th><th>Identifiant</th>")
          .append("<th class=\"sign\">Signature</th></tr></thead><tbody>");
      for (Row row : entry.getValue()) {
        html.append("<tr><td>")
            .append(escape(row.name()))
            .append("</td><td>")
            .append(escape(row.login()))
            .append("</td><td class=\"sign\"></td></tr>");
      }
      html.append("</tbody></table><p class=\"date\">")
          .append(entry.getValue().size())
          .append(" élève(s). Fait le ______________, signature du professeur principal :</p>")
          .append("<p class=\"school\">Feuille éditée le ")
          .append(date)
          .append(".</p></section>");
    }
    if (byClass.isEmpty()) {
      html.append("<p>Personne dans cet envoi.</p>");
    }
    return html.append("</body></html>").toString();
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
