package fr.sesame.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides which PostgreSQL the application talks to, before any bean is created.
 *
 * <p>With {@code spring.r2dbc.url} set, that server is used, and Flyway's JDBC settings are derived
 * from it unless given. Without it, an embedded PostgreSQL is started in {@code
 * <sesame.data-dir>/postgres}; it is stopped after every other bean (the R2DBC pool included) has
 * been destroyed, so the pool never sees its server vanish.
 */
public class DatabaseEnvironmentInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String PROPERTY_SOURCE = "sesameDatabase";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment env = context.getEnvironment();
    if (env.getPropertySources().contains(PROPERTY_SOURCE)) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    String r2dbcUrl = env.getProperty("spring.r2dbc.url");
    if (StringUtils.hasText(r2dbcUrl)) {
      deriveFlywaySettings(env, r2dbcUrl, properties);
    } else {
      EmbeddedDatabase database =
          EmbeddedDatabase.acquire(
              embeddedDataDirectory(env),
              env.getProperty("sesame.database.durable", Boolean.class, true));
      if (context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
        // Registered first, so destroyed last.
        beanFactory.registerDisposableBean("embeddedDatabase", database::release);
      }
      properties.put("spring.r2dbc.url", database.r2dbcUrl());
      properties.put("spring.r2dbc.username", EmbeddedDatabase.USER);
      properties.put("spring.r2dbc.password", database.password());
      properties.put("spring.flyway.url", database.jdbcUrl());
      properties.put("spring.flyway.user", EmbeddedDatabase.USER);
      properties.put("spring.flyway.password", database.password());
    }
    env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
  }

  /** {@code null} asks for a throw-away database (tests). */
  private static Path embeddedDataDirectory(ConfigurableEnvironment env) {
    if (env.getProperty("sesame.database.ephemeral", Boolean.class, false)) {
      return null;
    }
    return Path.of(env.getProperty("sesame.data-dir", "./data")).resolve("postgres");
  }

  private static void deriveFlywaySettings(
      ConfigurableEnvironment env, String r2dbcUrl, Map<String, Object> properties) {
    if (!StringUtils.hasText(env.getProperty("spring.flyway.url"))) {
      properties.put("spring.flyway.url", JdbcUrls.fromR2dbc(r2dbcUrl));
    }
    copyWhenMissing(env, "spring.flyway.user", "spring.r2dbc.username", properties);
    copyWhenMissing(env, "spring.flyway.password", "spring.r2dbc.password", properties);
  }

  private static void copyWhenMissing(
      ConfigurableEnvironment env, String target, String source, Map<String, Object> properties) {
    String value = env.getProperty(source);
    if (!StringUtils.hasText(env.getProperty(target)) && value != null) {
      properties.put(target, value);
    }
  }
}
