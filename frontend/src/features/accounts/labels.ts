import type { TFunction } from 'i18next';
import type { AccountKind, AccountStatus, ConnectionMode, PasswordState } from './api/listAccounts';
import type { CredentialState, CredentialVariant } from './api/listCredentials';

export const kindLabel = (t: TFunction, kind: AccountKind) => t(`accounts.kind.${kind}`);
export const kindsLabel = (t: TFunction, kind: AccountKind) => t(`accounts.kinds.${kind}`);
export const modeLabel = (t: TFunction, mode: ConnectionMode) => t(`accounts.mode.${mode}`);
export const passwordLabel = (t: TFunction, state: PasswordState) =>
  t(`accounts.password.${state}`);

export const statusLabel = (t: TFunction, status: AccountStatus) => t(`accounts.status.${status}`);

export const credentialStateLabel = (t: TFunction, state: CredentialState) =>
  t(`accounts.credentials.state.${state}`);
export const credentialVariantLabel = (t: TFunction, variant: CredentialVariant) =>
  t(`accounts.credentials.variant.${variant}`);

/** A date as « 25 décembre 2026 », in the establishment's time zone. */
export function formatDate(iso: string, language: string): string {
  const locale = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(iso),
  );
}
