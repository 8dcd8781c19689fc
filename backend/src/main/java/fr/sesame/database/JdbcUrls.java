package fr.sesame.database;

import java.net.URI;

/** Turns an R2DBC PostgreSQL URL into the JDBC URL Flyway needs. */
final class JdbcUrls {

  private JdbcUrls() {}

  /**
   * {@code r2dbc:postgresql://db:5432/sesame?x=y} becomes {@code jdbc:postgresql://db:5432/sesame}.
   * Driver options differ between the two drivers, so they are not carried over; {@code r2dbcs:}
   * (TLS) becomes {@code sslmode=require}. Anything more particular goes in {@code
   * SPRING_FLYWAY_URL}.
   */
  static String fromR2dbc(String r2dbcUrl) {
    String url = r2dbcUrl.trim();
    boolean tls = url.startsWith("r2dbcs:");
    String rest = url.replaceFirst("^r2dbcs?:", "").replaceFirst("^pool:", "");
    if (!rest.startsWith("postgresql://") && !rest.startsWith("postgres://")) {
      throw new IllegalArgumentException(
          "spring.r2dbc.url must be a PostgreSQL URL such as r2dbc:postgresql://host:5432/db");
    }
    URI uri = URI.create(rest.replaceFirst("^postgres://", "postgresql://"));
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath());
    if (tls) {
      jdbc.append("?sslmode=require");
    }
    return jdbc.toString();
  }
}
