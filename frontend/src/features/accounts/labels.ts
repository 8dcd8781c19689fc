import type { TFunction } from 'i18next';
import type { AccountKind, AccountStatus, ConnectionMode, PasswordState } from './api/listAccounts';
import type { CredentialState, CredentialVariant } from './api/listCredentials';

export const kindLabel = (t: TFunction, kind: AccountKind) => t(`accounts.kind.${kind}`);
export const kindsLabel = (t: TFunction, kind: AccountKind) => t(`accounts.kinds.${kind}`);
export const modeLabel = (t: TFunction, mode: ConnectionMode) => t(`accounts.mode.${mode}`);
export const passwordLabel = (t: TFunction, state: PasswordState) =>
  t(`accounts.password.${state}`);

export const statusLabel = (t: TFunction, status: AccountStatus) => t(`accounts.status.${status}`);

/**
 * A letter's state in words. « Remise » would claim the person has it: a downloaded or printed
 * letter is only that, so DELIVERED says how it left (« Téléchargée », « Envoyée par e-mail »…).
 */
export const credentialStateLabel = (t: TFunction, state: CredentialState, channel?: string) =>
  state === 'DELIVERED' && channel
    ? t(`accounts.credentials.delivered.${channel}`, {
        defaultValue: t('accounts.credentials.state.DELIVERED'),
      })
    : t(`accounts.credentials.state.${state}`);
export const credentialVariantLabel = (t: TFunction, variant: CredentialVariant) =>
  t(`accounts.credentials.variant.${variant}`);
