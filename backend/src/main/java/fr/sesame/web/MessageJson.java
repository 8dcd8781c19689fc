package fr.sesame.web;

import java.util.Locale;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.util.MimeType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes every {@link Message} in JSON as text in the caller's language: problem details, and
 * answers that carry messages (an import report's line errors). The language travels as a writer
 * attribute, set from the request's {@code Accept-Language}; French where there is no request.
 */
@Configuration(proxyBeanMethods = false)
class MessageJson {

  static final String LOCALE = "sesame.locale";

  @Bean
  JacksonModule messageText(Messages messages) {
    return new SimpleModule("message-text").addSerializer(Message.class, new Text(messages));
  }

  /** Applied after Spring Boot's own, which sets the plain encoder. */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  CodecCustomizer localizedJson(JsonMapper json) {
    return codecs -> codecs.defaultCodecs().jacksonJsonEncoder(new LocalizedEncoder(json));
  }

  static final class Text extends ValueSerializer<Message> {
    private final Messages messages;

    Text(Messages messages) {
      this.messages = messages;
    }

    @Override
    public void serialize(Message value, JsonGenerator generator, SerializationContext context) {
      Object locale = context.getAttribute(LOCALE);
      generator.writeString(
          messages.text(value, locale instanceof Locale chosen ? chosen : Languages.FRENCH));
    }
  }

  static final class LocalizedEncoder extends JacksonJsonEncoder {
    LocalizedEncoder(JsonMapper json) {
      super(json);
    }

    @Override
    public java.util.Map<String, Object> getEncodeHints(
        ResolvableType actualType,
        ResolvableType elementType,
        MediaType mediaType,
        ServerHttpRequest request,
        ServerHttpResponse response) {
      java.util.Map<String, Object> hints =
          new java.util.HashMap<>(
              super.getEncodeHints(actualType, elementType, mediaType, request, response));
      hints.put(LOCALE, Languages.of(request));
      return hints;
    }

    @Override
    protected ObjectWriter customizeWriter(
        ObjectWriter writer,
        MimeType mimeType,
        ResolvableType elementType,
        java.util.Map<String, Object> hints) {
      ObjectWriter customized = super.customizeWriter(writer, mimeType, elementType, hints);
      Object locale = hints == null ? null : hints.get(LOCALE);
      return locale == null ? customized : customized.withAttribute(LOCALE, locale);
    }
  }
}
