// The templates feature's public entry (the template editor is loaded lazily from ./lazy).
export { TemplatesPage } from './components/TemplatesPage';
export { useTemplates } from './api/listTemplates';
export { usePreviewImage } from './api/previewTemplate';
