import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDeleteTemplate } from '../api/deleteTemplate';
import type { Template } from '../api/listTemplates';

/** Deletes one of the school's own templates, after confirmation. */
export function DeleteTemplateButton({ template }: { template: Template }) {
  const { t } = useTranslation();
  const remove = useDeleteTemplate();
  return (
    <ConfirmDialog
      trigger={t('templates.delete')}
      triggerClassName="button button-quiet button-small"
      title={t('templates.delete')}
      confirm={t('templates.deleteConfirm')}
      isDanger
      isPending={remove.isPending}
      onOpenChange={(isOpen) => isOpen && remove.reset()}
      onConfirm={() =>
        remove.mutateAsync(template.id).then(
          () => true,
          () => false,
        )
      }
    >
      <p>{t('templates.deleteQuestion', { name: template.name })}</p>
      <ProblemAlert error={remove.error} />
    </ConfirmDialog>
  );
}
