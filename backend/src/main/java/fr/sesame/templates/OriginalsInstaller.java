package fr.sesame.templates;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * Stores the shipped originals Sésame does not have yet, at start-up. Originals already stored —
 * customised or not — are left as they are: « Restaurer l'original » brings the shipped text back.
 */
@Component
class OriginalsInstaller implements ApplicationRunner {

  private final TemplateRepository templates;
  private final TemplateService service;
  private final Clock clock;

  private final TransactionalOperator transaction;

  OriginalsInstaller(
      TemplateRepository templates,
      TemplateService service,
      Clock clock,
      ReactiveTransactionManager transactions) {
    this.templates = templates;
    this.service = service;
    this.clock = clock;
    this.transaction = TransactionalOperator.create(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    Set<String> present =
        templates.originalKeys().collect(Collectors.toSet()).block(Duration.ofMinutes(1));
    Flux.fromIterable(service.originals().values())
        .filter(original -> !present.contains(original.key()))
        .concatMap(
            original -> {
              String body = service.shippedBody(original.key());
              var now = clock.instant().atOffset(ZoneOffset.UTC);
              return templates
                  .insert(
                      original.name(),
                      original.language(),
                      List.of(original.audience()),
                      original.variant(),
                      body,
                      original.key(),
                      now,
                      null)
                  .flatMap(
                      id ->
                          templates.insertVersion(
                              id, 1, original.name(), body, now, null, "SHIPPED"))
                  // An original and its first version are stored together or not at all.
                  .as(transaction::transactional);
            })
        .then()
        .block(Duration.ofMinutes(1));
  }
}
