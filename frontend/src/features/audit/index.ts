// The audit feature's public entry.
export { AuditPage } from './components/AuditPage';
