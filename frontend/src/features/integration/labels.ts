import type { TFunction } from 'i18next';
import type { ApiKey, ApiKeyScope } from './api/listApiKeys';
import type { WebhookDelivery } from './api/listWebhookDeliveries';
import type { WebhookEvent } from './api/listWebhooks';

export const scopes: ApiKeyScope[] = [
  'accounts:read',
  'accounts:write',
  'templates:read',
  'sends:read',
  'sends:write',
  'audit:read',
];

export const webhookEvents: WebhookEvent[] = [
  'letter.activated',
  'letter.locked',
  'send.completed',
];

// « : » separates namespaces in i18next keys: `accounts:read` is looked up as `accounts.read`.
export const scopeLabel = (t: TFunction, scope: ApiKeyScope) =>
  t(`integration.scope.${scope.replace(':', '.')}`);
export const eventLabel = (t: TFunction, event: WebhookEvent) => t(`integration.event.${event}`);
export const deliveryStateLabel = (t: TFunction, state: WebhookDelivery['state']) =>
  t(`integration.delivery.state.${state}`);

export type ApiKeyState = 'active' | 'expired' | 'revoked';

export function apiKeyState(key: ApiKey, now = new Date()): ApiKeyState {
  if (key.revokedAt) return 'revoked';
  return new Date(key.expiresAt) <= now ? 'expired' : 'active';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A local day as `<input type="date">` writes it: 2027-11-25. */
export const dayValue = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

export function yearsFrom(date: Date, years: number): Date {
  const later = new Date(date);
  later.setFullYear(later.getFullYear() + years);
  return later;
}

/** The start (local midnight) of a day from a date input, as the API's date-time. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();
