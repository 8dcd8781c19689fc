/**
 * Where the data lives: an embedded PostgreSQL under the data directory when no server is
 * configured, any PostgreSQL otherwise; Flyway migrations run against either the same way.
 */
@ApplicationModule(allowedDependencies = {})
package fr.sesame.database;

import org.springframework.modulith.ApplicationModule;
