package fr.sesame.templates;

import fr.sesame.accounts.AccountKind;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.letters.LetterTemplate;
import fr.sesame.letters.LetterVariant;
import fr.sesame.letters.Letters;
import fr.sesame.letters.MergeTagScanner;
import fr.sesame.letters.TagError;
import fr.sesame.web.Message;
import fr.sesame.web.PageResponse;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The rules of templates: checked tags, cleaned HTML, a version per save, originals kept safe. */
@Service
public class TemplateService {

  private final TemplateRepository templates;
  private final AuditLog audit;
  private final Clock clock;
  private final Letters letters;
  private final Map<String, ShippedOriginals.Original> originals;

  TemplateService(TemplateRepository templates, AuditLog audit, Clock clock, Letters letters) {
    this.templates = templates;
    this.audit = audit;
    this.clock = clock;
    this.letters = letters;
    this.originals =
        ShippedOriginals.all().stream()
            .collect(java.util.stream.Collectors.toMap(ShippedOriginals.Original::key, o -> o));
  }

  Mono<PageResponse<Template>> list(AccountKind audience, LetterVariant variant, String language) {
    return templates
        .find(audience, variant, language)
        .map(TemplateRepository.Row::template)
        .collectList()
        .map(items -> new PageResponse<>(items, items.size(), 0, Math.max(items.size(), 1)));
  }

  public Mono<Template> get(UUID id) {
    return row(id).map(TemplateRepository.Row::template);
  }

  /** The letter an account gets when none is chosen: its audience's original, else any match. */
  public Mono<Template> defaultFor(AccountKind audience, LetterVariant variant, String language) {
    return templates
        .find(audience, variant, language)
        .map(TemplateRepository.Row::template)
        .sort(Comparator.comparing(template -> !template.original()))
        .next()
        .switchIfEmpty(
            Mono.error(
                new ProblemException(
                    ProblemType.NOT_FOUND,
                    Message.of("template.noneFor", variant.name(), audience.name(), language))));
  }

  @Transactional
  Mono<Template> create(TemplateInput input, Actor actor) {
    return checkedBody(input.body(), input.audiences(), input.variant())
        .flatMap(
            body ->
                templates
                    .insert(
                        input.name().strip(),
                        input.language(),
                        input.audiences().stream().distinct().toList(),
                        input.variant(),
                        body,
                        null,
                        now(),
                        actor.name())
                    .flatMap(
                        id ->
                            templates
                                .insertVersion(
                                    id,
                                    1,
                                    input.name().strip(),
                                    body,
                                    now(),
                                    actor.name(),
                                    "CREATED")
                                .then(
                                    audit.record(
                                        actor,
                                        "TEMPLATE_CREATED",
                                        "TEMPLATE",
                                        id,
                                        Map.of("name", input.name())))
                                .then(get(id))));
  }

  @Transactional
  Mono<Template> update(UUID id, TemplateInput input, Actor actor) {
    return row(id)
        .flatMap(
            current -> {
              Template stored = current.template();
              // An original keeps the audience, language and variant it was shipped for.
              List<AccountKind> audiences =
                  stored.original()
                      ? stored.audiences()
                      : input.audiences().stream().distinct().toList();
              LetterVariant variant = stored.original() ? stored.variant() : input.variant();
              String language = stored.original() ? stored.language() : input.language();
              return checkedBody(input.body(), audiences, variant)
                  .flatMap(
                      body -> {
                        boolean customised =
                            current.originalKey() != null
                                && !body.equals(shippedBody(current.originalKey()));
                        return templates
                            .setKind(id, language, audiences, variant)
                            .then(save(id, input.name().strip(), body, customised, actor, "SAVED"));
                      });
            });
  }

  @Transactional
  Mono<Template> restore(UUID id, Actor actor) {
    return row(id)
        .flatMap(
            current -> {
              if (current.originalKey() == null) {
                return Mono.error(
                    new ProblemException(ProblemType.CONFLICT, Message.of("template.restoreOwn")));
              }
              ShippedOriginals.Original original = originals.get(current.originalKey());
              if (original == null) {
                return Mono.error(
                    new ProblemException(
                        ProblemType.CONFLICT, Message.of("template.originalGone")));
              }
              return save(
                  id,
                  original.name(),
                  TemplateSanitizer.clean(original.body()),
                  false,
                  actor,
                  "RESTORED");
            });
  }

  @Transactional
  Mono<Template> duplicate(UUID id, Actor actor) {
    return get(id)
        .flatMap(
            source -> {
              String name =
                  (source.language().equals("fr") ? "Copie de " : "Copy of ") + source.name();
              String trimmed = name.length() > 120 ? name.substring(0, 120) : name;
              return templates
                  .insert(
                      trimmed,
                      source.language(),
                      source.audiences(),
                      source.variant(),
                      source.body(),
                      null,
                      now(),
                      actor.name())
                  .flatMap(
                      copy ->
                          templates
                              .insertVersion(
                                  copy,
                                  1,
                                  trimmed,
                                  source.body(),
                                  now(),
                                  actor.name(),
                                  "DUPLICATED")
                              .then(
                                  audit.record(
                                      actor,
                                      "TEMPLATE_DUPLICATED",
                                      "TEMPLATE",
                                      copy,
                                      Map.of("from", id.toString())))
                              .then(get(copy)));
            });
  }

  @Transactional
  Mono<Void> delete(UUID id, Actor actor) {
    return row(id)
        .flatMap(
            current ->
                current.originalKey() != null
                    ? Mono.error(
                        new ProblemException(
                            ProblemType.CONFLICT, Message.of("template.deleteOriginal")))
                    : templates
                        .delete(id)
                        .then(
                            audit.record(
                                actor,
                                "TEMPLATE_DELETED",
                                "TEMPLATE",
                                id,
                                Map.of("name", current.template().name()))));
  }

  Flux<TemplateVersion> versions(UUID id) {
    return row(id).thenMany(templates.versions(id));
  }

  Mono<TemplateVersion> version(UUID id, int version) {
    return templates
        .version(id, version)
        .switchIfEmpty(
            Mono.error(
                new ProblemException(
                    ProblemType.NOT_FOUND, Message.of("template.versionNotFound"))));
  }

  /** Renders the stored or given body with specimen credentials; PNG of page 1 or the PDF. */
  Mono<byte[]> preview(UUID id, PreviewRequest request, boolean png) {
    return get(id)
        .flatMap(
            template ->
                checkedBody(
                        request.body() == null ? template.body() : request.body(),
                        template.audiences(),
                        template.variant())
                    .flatMap(
                        body ->
                            letters.preview(
                                new LetterTemplate(
                                    template.id(),
                                    template.name(),
                                    template.language(),
                                    template.audiences(),
                                    template.variant(),
                                    body),
                                request.accountId(),
                                png)));
  }

  private Mono<Template> save(
      UUID id, String name, String body, boolean customised, Actor actor, String note) {
    OffsetDateTime now = now();
    return templates
        .saveText(id, name, body, customised, now, actor.name())
        .flatMap(
            version ->
                templates
                    .insertVersion(id, version, name, body, now, actor.name(), note)
                    .then(
                        audit.record(
                            actor, "TEMPLATE_" + note, "TEMPLATE", id, Map.of("version", version))))
        .then(get(id));
  }

  /**
   * The body cleaned of anything a letter does not need, or 422 naming each wrong tag. Tags are
   * checked as written (positions the author can find) and again once cleaned, since removing an
   * element can join text into a new tag. Runs off the event loop: bodies reach 200,000 characters.
   */
  static Mono<String> checkedBody(String body, List<AccountKind> audiences, LetterVariant variant) {
    return Mono.fromCallable(
            () -> {
              Set<AccountKind> kinds = Set.copyOf(audiences);
              List<TagError> errors = MergeTagScanner.check(body, kinds, variant);
              String clean = TemplateSanitizer.clean(body);
              if (errors.isEmpty()) {
                errors = MergeTagScanner.check(clean, kinds, variant);
              }
              if (!errors.isEmpty()) {
                throw new ProblemException(
                        ProblemType.TEMPLATE_INVALID,
                        Message.of("template.tagErrors", errors.size()))
                    .with("tagErrors", errors);
              }
              return clean;
            })
        .subscribeOn(Schedulers.boundedElastic());
  }

  String shippedBody(String key) {
    ShippedOriginals.Original original = originals.get(key);
    return original == null ? null : TemplateSanitizer.clean(original.body());
  }

  Map<String, ShippedOriginals.Original> originals() {
    return originals;
  }

  private Mono<TemplateRepository.Row> row(UUID id) {
    return templates
        .findById(id)
        .switchIfEmpty(
            Mono.error(
                new ProblemException(ProblemType.NOT_FOUND, Message.of("template.notFound"))));
  }

  private OffsetDateTime now() {
    return clock.instant().atOffset(ZoneOffset.UTC);
  }
}
