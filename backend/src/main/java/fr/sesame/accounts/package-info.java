/**
 * The school's users who receive letters: students, parents, teachers, staff and inspectors, their
 * CRUD, search and bulk actions, their import from CSV files and the school's own exports (SIECLE,
 * STS-Web, ONDE; an export must be of this establishment, hence identity), and export to CSV.
 */
@ApplicationModule(allowedDependencies = {"audit", "identity", "web"})
package fr.sesame.accounts;

import org.springframework.modulith.ApplicationModule;
