// The template editor, a public entry of its own so the app can load it on demand.
export { TemplatePage } from './components/TemplatePage';
