// The integration feature's public entry: API keys and webhooks.
export { ApiKeysPage } from './components/ApiKeysPage';
export { WebhookDeliveriesPage } from './components/WebhookDeliveriesPage';
export { WebhooksPage } from './components/WebhooksPage';
