package fr.sesame.web;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hibernate Validator reads its message bundle from the jar the first time a constraint fails.
 * Failing one constraint at start-up does that read here, on the main thread, instead of on an
 * event-loop thread during the first invalid request.
 */
@Component
class ValidationMessagesPreload {

  private final Validator validator;

  ValidationMessagesPreload(Validator validator) {
    this.validator = validator;
  }

  @EventListener(ApplicationStartedEvent.class)
  void preload() {
    validator.validate(new Sample(null));
  }

  record Sample(@NotNull String value) {}
}
