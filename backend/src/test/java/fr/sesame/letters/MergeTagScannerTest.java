package fr.sesame.letters;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.accounts.AccountKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeTagScannerTest {

  @Test
  void namesEachWrongTagWithLineAndColumn() {
    String body =
        "<p>Bonjour {{first_name}}</p>\n<p>{{ qr_code }} et {{nope}}</p>\n<p>{{children}}";
    List<TagError> errors =
        MergeTagScanner.check(body, Set.of(AccountKind.STUDENT), LetterVariant.NO_QR);
    assertThat(errors)
        .extracting(TagError::tag, TagError::line, TagError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("qr_code", 2, 4),
            org.assertj.core.groups.Tuple.tuple("nope", 2, 21),
            org.assertj.core.groups.Tuple.tuple("children", 3, 4));
    assertThat(errors)
        .extracting(TagError::code)
        .containsExactly("tag.notWithoutQr", "tag.unknown", "tag.onlyFor");
    assertThat(errors.get(2).message().args()).containsExactly("PARENT");
  }

  @Test
  void acceptsTagsThatSuitTheTemplateAndReportsUnclosedOnes() {
    assertThat(
            MergeTagScanner.check(
                "{{children}} {{qr_code}}", Set.of(AccountKind.PARENT), LetterVariant.QR))
        .isEmpty();
    assertThat(
            MergeTagScanner.check("<p>{{login</p>", Set.of(AccountKind.PARENT), LetterVariant.QR))
        .extracting(TagError::message)
        .containsExactly(fr.sesame.web.Message.of("tag.notClosed", "}}"));
  }

  @Test
  void mergesValuesAndDropsUnknownTags() {
    String merged =
        MergeTagScanner.merge(
            "<p>{{ first_name }} {{login}} {{unknown}}</p>",
            Map.of(MergeTag.FIRST_NAME, "Hélène", MergeTag.LOGIN, "&lt;b&gt;"));
    assertThat(merged).isEqualTo("<p>Hélène &lt;b&gt; </p>");
  }

  @Test
  void sectionsShowWhatIsThereAndLeaveOutWhatIsMissing() {
    String body =
        "scolarité {{#children}}de {{children}}{{/children}}{{^children}}de vos enfants"
            + "{{/children}}.{{#postal_address}}<br />{{postal_address}}{{/postal_address}}";
    assertThat(
            MergeTagScanner.merge(
                body, Map.of(MergeTag.CHILDREN, "Hélène et Noé", MergeTag.POSTAL_ADDRESS, "")))
        .isEqualTo("scolarité de Hélène et Noé.");
    assertThat(MergeTagScanner.merge(body, Map.of(MergeTag.POSTAL_ADDRESS, "3 rue")))
        .isEqualTo("scolarité de vos enfants.<br />3 rue");
    // Nested: an inner section inside a hidden one stays hidden.
    assertThat(
            MergeTagScanner.merge(
                "{{#children}}A{{#login}}B{{/login}}{{/children}}C", Map.of(MergeTag.LOGIN, "x")))
        .isEqualTo("C");
  }

  @Test
  void refusesSectionsUnclosedOrClosedOutOfOrderByLineAndColumn() {
    String body =
        "<p>{{#children}}\n{{#login}}x{{/children}}</p>\n<p>{{/login}}{{^postal_address}}";
    List<TagError> errors =
        MergeTagScanner.check(body, Set.of(AccountKind.PARENT), LetterVariant.QR);
    assertThat(errors)
        .extracting(TagError::tag, TagError::line, TagError::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/children", 2, 12),
            org.assertj.core.groups.Tuple.tuple("/login", 3, 4),
            org.assertj.core.groups.Tuple.tuple("^postal_address", 3, 14));
    assertThat(errors.get(0).message())
        .isEqualTo(fr.sesame.web.Message.of("tag.closesOther", "children", "login"));
    assertThat(errors.get(2).message())
        .isEqualTo(fr.sesame.web.Message.of("tag.sectionNotClosed", "{{/postal_address}}"));
    assertThat(MergeTagScanner.check("{{/children}}", Set.of(AccountKind.PARENT), LetterVariant.QR))
        .extracting(TagError::code)
        .containsExactly("tag.closedNotOpened");
  }

  @Test
  void childrenAreListedAsOneWritesThem() {
    assertThat(LetterValues.childrenText(List.of(), "fr")).isEmpty();
    assertThat(LetterValues.childrenText(List.of(child("Hélène", null)), "fr"))
        .isEqualTo("Hélène Roux");
    assertThat(LetterValues.childrenText(List.of(child("Hélène", "6A"), child("Noé", null)), "fr"))
        .isEqualTo("Hélène Roux (6A) et Noé Roux");
    assertThat(
            LetterValues.childrenText(
                List.of(child("Hélène", null), child("Noé", null), child("Léa", null)), "en"))
        .isEqualTo("Hélène Roux, Noé Roux and Léa Roux");
  }

  private static fr.sesame.accounts.Account child(String firstName, String className) {
    return new fr.sesame.accounts.Account(
        null,
        AccountKind.STUDENT,
        null,
        "Roux",
        firstName,
        "x",
        null,
        className,
        List.of(),
        List.of(),
        null,
        null,
        null,
        null);
  }
}
