// The activation feature's public entry: the recipient's pages.
export { ActivationPage } from './components/ActivationPage';
export { MyAccountPage } from './components/MyAccountPage';
