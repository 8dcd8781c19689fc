package fr.sesame.templates;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.accounts.AccountKind;
import fr.sesame.letters.LetterVariant;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class CheckedBodyTest {

  @Test
  void aTagThatOnlyAppearsOnceCleanedIsRefusedToo() {
    // No "{{" as written; removing the script joins "{" and "{security_code}}".
    String body = "<p>{<script></script>{security_code}}</p>";
    StepVerifier.create(
            TemplateService.checkedBody(body, List.of(AccountKind.STUDENT), LetterVariant.NO_QR))
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(ProblemException.class);
              assertThat(((ProblemException) error).type()).isEqualTo(ProblemType.TEMPLATE_INVALID);
            })
        .verify();
  }

  @Test
  void aCleanBodyComesBackCleaned() {
    StepVerifier.create(
            TemplateService.checkedBody(
                "<p onclick=\"x()\">{{login}}</p>", List.of(AccountKind.STUDENT), LetterVariant.QR))
        .expectNext("<p>{{login}}</p>")
        .verifyComplete();
  }
}
