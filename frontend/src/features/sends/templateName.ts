import { useTranslation } from 'react-i18next';
import { useTemplates } from '@/features/templates';

/** The letter type of a send, by name (« Lettre type supprimée » once it is gone). */
export function useTemplateName() {
  const { t } = useTranslation();
  const templates = useTemplates({});
  return (id: string) => {
    if (!templates.data) return '';
    return templates.data.items.find((one) => one.id === id)?.name ?? t('sends.templateDeleted');
  };
}
