package fr.sesame.sends;

import fr.sesame.letters.Letters;
import fr.sesame.templates.TemplateService;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A send's letters, made by the letters module from the send's template and recipients. */
@Component
class SendLetters {

  private final SendRepository sends;
  private final TemplateService templates;
  private final Letters letters;

  SendLetters(SendRepository sends, TemplateService templates, Letters letters) {
    this.sends = sends;
    this.templates = templates;
    this.letters = letters;
  }

  /** What every letter of the send shares; empty when there is no such send. */
  Mono<Letters.Merge> merge(UUID sendId) {
    return sends
        .find(sendId)
        .flatMap(send -> templates.get(send.templateId()))
        .flatMap(template -> letters.prepare(template.letter()));
  }

  /**
   * The send's letters to print that can still be used, as one PDF rendered as it is read; the same
   * credentials, so the same codes, at every download.
   */
  Mono<Flux<DataBuffer>> document(UUID sendId) {
    return sends
        .find(sendId)
        .switchIfEmpty(
            Mono.error(new ProblemException(ProblemType.NOT_FOUND, Message.of("send.notFound"))))
        .then(merge(sendId))
        .map(merge -> letters.merged(merge, sends.letters(sendId)));
  }
}
