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
