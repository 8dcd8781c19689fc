import { useTranslation } from 'react-i18next';
import type { Template } from '../api/listTemplates';
import { originLabel, originOf } from '../labels';

/** « Original », « Original personnalisé » or « Lettre type de l’établissement ». */
export function OriginBadge({ template }: { template: Pick<Template, 'original' | 'customised'> }) {
  const { t } = useTranslation();
  const origin = originOf(template);
  return <span className={`badge badge-${origin}`}>{originLabel(t, origin)}</span>;
}
