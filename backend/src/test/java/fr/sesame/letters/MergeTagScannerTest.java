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
    assertThat(errors.get(0).message()).contains("without QR code");
    assertThat(errors.get(1).message()).contains("unknown");
    assertThat(errors.get(2).message()).contains("PARENT");
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
        .containsExactly("tag not closed with }}");
  }

  @Test
  void mergesValuesAndDropsUnknownTags() {
    String merged =
        MergeTagScanner.merge(
            "<p>{{ first_name }} {{login}} {{unknown}}</p>",
            Map.of(MergeTag.FIRST_NAME, "Hélène", MergeTag.LOGIN, "&lt;b&gt;"));
    assertThat(merged).isEqualTo("<p>Hélène &lt;b&gt; </p>");
  }
}
