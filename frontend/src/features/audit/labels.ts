import type { TFunction } from 'i18next';

/** The actions the backend records (grep `audit.record(` in backend/src/main/java). */
export const auditActions = [
  'ACCOUNT_CREATED',
  'ACCOUNT_UPDATED',
  'ACCOUNT_DELETED',
  'ACCOUNTS_IMPORTED',
  'ACCOUNTS_SET_CONNECTION_MODE',
  'ACCOUNTS_DELETE',
  'ACCOUNTS_REVOKE_LETTERS',
  'ACCOUNT_ACTIVATED',
  'PASSWORD_CHANGED',
  'CREDENTIAL_ISSUED',
  'CREDENTIALS_ISSUED',
  'CREDENTIALS_REVOKED',
  'CREDENTIAL_QR_SHOWN',
  'CREDENTIAL_LETTER_PRINTED',
  'SEND_CREATED',
  'SEND_CANCELLED',
  'SEND_DOCUMENT_DOWNLOADED',
  'SEND_LETTERS_REVOKED',
  'TEMPLATE_CREATED',
  'TEMPLATE_SAVED',
  'TEMPLATE_RESTORED',
  'TEMPLATE_DUPLICATED',
  'TEMPLATE_DELETED',
  'IDENTITY_UPDATED',
  'LOGO_REPLACED',
  'LOGO_DELETED',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'WEBHOOK_CREATED',
  'WEBHOOK_DELETED',
  'EMAIL_REFUSED',
  'REMINDER_CREATED',
  'REMINDER_SKIPPED',
  'SIGN_OFF_SHEET_DOWNLOADED',
  'ADMINISTRATOR_CREATED',
  'ADMINISTRATOR_DISABLED',
  'ADMINISTRATOR_ENABLED',
  'ADMINISTRATOR_PASSWORD_LINK_CREATED',
  'ADMINISTRATOR_PASSWORD_SET',
  'ADMINISTRATOR_PASSWORD_CHANGED',
];

/** A known action in words; an unknown one (newer than this console) as the server wrote it. */
export const actionLabel = (t: TFunction, action: string) =>
  t(`audit.action.${action}`, { defaultValue: action });

export const targetTypeLabel = (t: TFunction, type: string) =>
  t(`audit.target.${type}`, { defaultValue: type });

/** Where the console shows a target, for the types it has a page for. */
export function targetPath(type: string | null | undefined, id: string | null | undefined) {
  if (!id) return undefined;
  if (type === 'ACCOUNT') return `/accounts/${id}`;
  if (type === 'SEND') return `/sends/${id}`;
  if (type === 'TEMPLATE') return `/templates/${id}`;
  return undefined;
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

// Detail values that are codes: said with the words the rest of the console uses.
const valueLabels: Record<string, string> = {
  kind: 'accounts.kind',
  audience: 'accounts.kinds',
  output: 'sends.outputShort',
  variant: 'accounts.credentials.variant',
  connectionMode: 'accounts.mode',
};

/** « Nombre : 3 · Comptes : 3 éléments »: one short line of the event's details, in words. */
export function detailsSummary(t: TFunction, details: Record<string, unknown> | undefined) {
  return Object.entries(details ?? {})
    .map(([key, value]) => {
      const label = t(`audit.detail.${key}`, { defaultValue: key });
      if (Array.isArray(value))
        return `${label}\u00a0: ${t('audit.items', { count: value.length })}`;
      const text =
        typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
      const words = valueLabels[key]
        ? t(`${valueLabels[key]}.${text}`, { defaultValue: text })
        : text;
      return `${label}\u00a0: ${shorten(words)}`;
    })
    .join(' · ');
}
