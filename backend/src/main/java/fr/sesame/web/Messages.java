package fr.sesame.web;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts {@link Message}s into words from {@code messages/problems.properties} (English) and {@code
 * problems_fr.properties}, in UTF-8 and always through {@link java.text.MessageFormat}, so a quote
 * means the same in every message (French text uses the typographic apostrophe).
 */
@Component
public class Messages {

  static final String BUNDLE = "messages/problems";

  private final MessageSource source;

  Messages() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename(BUNDLE);
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    bundles.setAlwaysUseMessageFormat(true);
    this.source = bundles;
  }

  /** The message in this language; arguments that are messages are put into words first. */
  public String text(Message message, Locale locale) {
    if (message.text() != null) {
      return message.text();
    }
    Object[] args = message.args().stream().map(arg -> argument(arg, locale)).toArray();
    return source.getMessage(message.code(), args, locale);
  }

  String title(ProblemType type, Locale locale) {
    return source.getMessage(type.titleCode(), null, locale);
  }

  private Object argument(Object arg, Locale locale) {
    if (arg instanceof Message inner) {
      return text(inner, locale);
    }
    if (arg instanceof ProblemException.FieldError error) {
      return text(Message.of("field.error", error.field(), error.message()), locale);
    }
    if (arg instanceof List<?> list) {
      return String.join(
          "; ", list.stream().map(item -> String.valueOf(argument(item, locale))).toList());
    }
    return arg;
  }

  /**
   * Reading a bundle is blocking I/O: read both languages at start-up, on the main thread, rather
   * than on an event-loop thread during the first error.
   */
  @EventListener(ApplicationStartedEvent.class)
  void preload() {
    Languages.SUPPORTED.forEach(
        locale -> {
          title(ProblemType.NOT_FOUND, locale);
          text(Message.of("import.hasErrors", 1234), locale);
        });
  }
}
