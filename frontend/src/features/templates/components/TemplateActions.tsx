import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDuplicateTemplate } from '../api/duplicateTemplate';
import type { Template } from '../api/listTemplates';
import { DeleteTemplateButton } from './DeleteTemplateButton';
import { RestoreTemplateButton } from './RestoreTemplateButton';

/** Duplicate (then edit the copy), restore a customised original, delete one of the school's own. */
export function TemplateActions({ template }: { template: Template }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const duplicate = useDuplicateTemplate();
  return (
    <div className="row-actions">
      <Button
        className="button button-quiet button-small"
        isDisabled={duplicate.isPending}
        onPress={() =>
          duplicate.mutate(template.id, {
            onSuccess: (copy) => void navigate(`/templates/${copy.id}`),
          })
        }
      >
        {duplicate.isPending ? t('templates.duplicating') : t('templates.duplicate')}
      </Button>
      {template.original && template.customised && <RestoreTemplateButton template={template} />}
      {!template.original && <DeleteTemplateButton template={template} />}
      <ProblemAlert error={duplicate.error} />
    </div>
  );
}
