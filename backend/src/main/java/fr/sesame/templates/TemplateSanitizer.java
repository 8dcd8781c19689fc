package fr.sesame.templates;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Templates are untrusted input: only the elements and CSS a letter needs survive. No scripts, no
 * links, no images (the logo and QR code come from merge tags, rendered by Sésame), no URLs in CSS
 * — so nothing in a template can make the renderer fetch anything.
 */
final class TemplateSanitizer {

  private static final List<String> CSS =
      List.of(
          "color",
          "background-color",
          "font-size",
          "font-weight",
          "font-style",
          "text-align",
          "text-decoration",
          "line-height",
          "margin",
          "margin-top",
          "margin-bottom",
          "margin-left",
          "margin-right",
          "padding",
          "padding-top",
          "padding-bottom",
          "padding-left",
          "padding-right",
          "border",
          "border-top",
          "border-bottom",
          "border-left",
          "border-right",
          "border-collapse",
          "width",
          "height",
          "vertical-align",
          "letter-spacing",
          "page-break-before",
          "page-break-after",
          "page-break-inside");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "div",
              "span",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "small",
              "h1",
              "h2",
              "h3",
              "h4",
              "ol",
              "ul",
              "li",
              "table",
              "thead",
              "tbody",
              "tr",
              "td",
              "th",
              "hr",
              "blockquote")
          .allowAttributes("class")
          .matching(Pattern.compile("[a-zA-Z0-9 _-]{1,100}"))
          .globally()
          .allowAttributes("colspan", "rowspan")
          .matching(Pattern.compile("[0-9]{1,2}"))
          .onElements("td", "th")
          .allowStyling(CssSchema.withProperties(CSS))
          .toFactory();

  private TemplateSanitizer() {}

  static String clean(String body) {
    // The sanitizer splits "{{" against browser template injection; our tags are merged on the
    // server, only known ones, with escaped values, so they are put back together.
    return POLICY.sanitize(body).replace("{<!-- -->{", "{{");
  }
}
