// The sends feature's public entry.
export { ActivationsPage } from './components/ActivationsPage';
export { SendPage } from './components/SendPage';
export { SendsPage } from './components/SendsPage';
export { sendPrefillState } from './sendPrefill';
