import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDuplicateTemplate } from '../api/duplicateTemplate';
import type { Template } from '../api/listTemplates';
import { DeleteTemplateButton } from './DeleteTemplateButton';
import { RestoreTemplateButton } from './RestoreTemplateButton';
import { ActionButton } from '@/components/ActionButton';

/** Duplicate (then edit the copy), restore a customised original, delete one of the school's own. */
export function TemplateActions({ template }: { template: Template }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const duplicate = useDuplicateTemplate();
  return (
    <div className="row-actions">
      <ActionButton
        className="button button-quiet button-small"
        isPending={duplicate.isPending}
        onPress={() =>
          duplicate.mutate(template.id, {
            onSuccess: (copy) => void navigate(`/templates/${copy.id}`),
          })
        }
      >
        {duplicate.isPending ? t('templates.duplicating') : t('templates.duplicate')}
      </ActionButton>
      {template.original && template.customised && <RestoreTemplateButton template={template} />}
      {!template.original && <DeleteTemplateButton template={template} />}
      <ProblemAlert error={duplicate.error} />
    </div>
  );
}
