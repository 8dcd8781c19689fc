package fr.sesame.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started Sésame where to open it. */
@Component
class ReadyAnnouncement {

  private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

  private final Environment environment;

  ReadyAnnouncement(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
    log.info("Sésame is ready: console {}/ · API {}/api · API docs {}/api/docs", base, base, base);
  }
}
