import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, fieldErrors } from '@/lib/api/problem';
import type { Template } from '../api/listTemplates';
import { useUpdateTemplate } from '../api/updateTemplate';
import { sameValues, valuesOf, type TemplateValues } from '../templateValues';
import { BodyEditor } from './BodyEditor';
import { TagErrorsAlert } from './TagErrorsAlert';
import { TemplateMetaFields } from './TemplateMetaFields';
import { TemplatePreview } from './TemplatePreview';
import { TemplateVersions } from './TemplateVersions';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { ActionButton } from '@/components/ActionButton';

/** The template's fields and body, saved as a new version; the preview follows unsaved changes. */
export function TemplateEditor({ template }: { template: Template }) {
  const { t } = useTranslation();
  const update = useUpdateTemplate();
  const [saved, setSaved] = useState(() => valuesOf(template));
  const [values, setValues] = useState(saved);
  // A new body from the server (saved, or a version brought back) remounts the body editor.
  const [bodyRevision, setBodyRevision] = useState(0);
  const isDirty = !sameValues(values, saved);
  const errors = fieldErrors(update.error);
  const tagErrors = update.error instanceof ApiError ? update.error.problem?.tagErrors : undefined;
  const hasDetails = Object.keys(errors).length > 0 || (tagErrors?.length ?? 0) > 0;

  const change = (patch: Partial<TemplateValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    if (!update.isPending) update.reset();
  };

  const save = (body: TemplateValues) =>
    update.mutateAsync({ id: template.id, body }).then((stored) => {
      const next = valuesOf(stored);
      setSaved(next);
      setValues(next);
      setBodyRevision((revision) => revision + 1);
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!update.isPending) save(values).catch(() => undefined);
  };

  return (
    <>
      <UnsavedChangesGuard isDirty={isDirty && !update.isPending} />
      <div className="template-workspace">
        <Form className="template-form" onSubmit={submit} validationErrors={errors}>
          <TemplateMetaFields values={values} isOriginal={template.original} onChange={change} />
          <BodyEditor
            key={bodyRevision}
            values={values}
            onChange={(body) => change({ body })}
            error={errors.body}
          />
          <TagErrorsAlert tagErrors={tagErrors} />
          {!hasDetails && <ProblemAlert error={update.error} />}
          <p role="status" className="status">
            {update.isSuccess && !isDirty ? t('templates.editor.saved') : ''}
          </p>
          <div className="actions">
            <ActionButton type="submit" className="button" isPending={update.isPending}>
              {update.isPending ? t('templates.editor.saving') : t('app.save')}
            </ActionButton>
            {isDirty && <span className="muted">{t('templates.editor.unsaved')}</span>}
          </div>
        </Form>
        <TemplatePreview templateId={template.id} values={values} />
      </div>
      <TemplateVersions
        template={template}
        onRestore={(body) => save({ ...values, body }).then(() => true)}
      />
    </>
  );
}
