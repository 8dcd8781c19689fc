// The settings feature's public entry: the establishment's identity.
export { IdentityPage } from './components/IdentityPage';
export { SettingsPage } from './components/SettingsPage';
export { useIdentity, type Identity } from './api/getIdentity';
