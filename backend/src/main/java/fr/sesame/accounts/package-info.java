/**
 * The school's users who receive letters: students, parents, teachers, staff and inspectors, their
 * CRUD, search and bulk actions, and their import from and export to CSV files.
 */
@ApplicationModule(allowedDependencies = {"audit", "web"})
package fr.sesame.accounts;

import org.springframework.modulith.ApplicationModule;
