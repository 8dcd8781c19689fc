package fr.sesame.templates;

import java.time.OffsetDateTime;

/** One saved text of a template; {@code body} only when one version is asked for. */
record TemplateVersion(
    int version, String name, String body, OffsetDateTime savedAt, String savedBy, String note) {}
