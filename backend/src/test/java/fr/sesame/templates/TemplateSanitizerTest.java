package fr.sesame.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateSanitizerTest {

  @Test
  void keepsWhatALetterNeedsAndItsTags() {
    String body =
        "<h1>Bonjour {{first_name}}</h1><p class=\"note\" style=\"color: #333; text-align: center\">"
            + "« texte »</p><table><tr><td colspan=\"2\">{{login}}</td></tr></table>";
    String clean = TemplateSanitizer.clean(body);
    assertThat(clean)
        .contains("<h1>Bonjour {{first_name}}</h1>")
        .contains("class=\"note\"")
        .contains("text-align:center")
        .contains("colspan=\"2\"")
        .contains("{{login}}")
        .contains("« texte »");
  }

  @Test
  void dropsEverythingThatRunsOrFetches() {
    String body =
        "<script>alert(1)</script><p onclick=\"x()\" style=\"background:url(http://evil/x)\">a</p>"
            + "<img src=\"http://evil/x.png\"><a href=\"javascript:alert(1)\">lien</a>"
            + "<link rel=\"stylesheet\" href=\"http://evil/a.css\"><style>@import 'http://evil/b.css';</style>"
            + "<iframe src=\"file:///etc/passwd\"></iframe><svg><image href=\"http://evil/s\"/></svg>"
            + "<object data=\"jar:file:/x!/y\"></object>";
    String clean = TemplateSanitizer.clean(body);
    assertThat(clean)
        .doesNotContain(
            "script", "onclick", "url(", "img", "href", "link", "@import", "iframe", "svg",
            "object", "evil")
        .contains("<p>a</p>")
        .contains("lien");
  }
}
