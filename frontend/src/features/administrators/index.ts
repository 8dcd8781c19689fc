// The administrators feature's public entry: « Paramètres › Administrateurs », the one-time
// set-password page, and an administrator's own password.
export { AdministratorsPage } from './components/AdministratorsPage';
export { ChangePasswordPage } from './components/ChangePasswordPage';
export { SetPasswordPage } from './components/SetPasswordPage';
