import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Template } from '../api/listTemplates';
import { useRestoreTemplate } from '../api/restoreTemplate';

/** Gives a customised original its shipped text back, after confirmation. */
export function RestoreTemplateButton({ template }: { template: Template }) {
  const { t } = useTranslation();
  const restore = useRestoreTemplate();
  return (
    <ConfirmDialog
      trigger={t('templates.restore')}
      triggerClassName="button button-quiet button-small"
      title={t('templates.restore')}
      confirm={t('templates.restoreConfirm')}
      isPending={restore.isPending}
      onOpenChange={(isOpen) => isOpen && restore.reset()}
      onConfirm={() =>
        restore.mutateAsync(template.id).then(
          () => true,
          () => false,
        )
      }
    >
      <p>{t('templates.restoreQuestion', { name: template.name })}</p>
      <ProblemAlert error={restore.error} />
    </ConfirmDialog>
  );
}
