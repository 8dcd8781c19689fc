package fr.sesame.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Registers {@link PlainTextDeserializer} with the application's JSON mapper. */
@Configuration(proxyBeanMethods = false)
class PlainTextModule {

  @Bean
  JacksonModule plainText() {
    return new SimpleModule("plain-text")
        .addDeserializer(String.class, new PlainTextDeserializer());
  }
}
