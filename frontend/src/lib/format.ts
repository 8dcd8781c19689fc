/** A date as « 25 décembre 2026 », in the establishment's time zone. */
export function formatDate(iso: string, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
}

/** A date and time as « 25 novembre 2026 à 10:36 », in the establishment's time zone. */
export function formatDateTime(iso: string, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(iso));
}
