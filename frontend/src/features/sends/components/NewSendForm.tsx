import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { useClasses } from '@/features/accounts/api/listClasses';
import { useTemplates } from '@/features/templates/api/listTemplates';
import type { components } from '@/lib/api/schema';
import { useCreateSend } from '../api/createSend';
import { useDryRunSend, type SendRequest } from '../api/dryRunSend';
import { DryRunReport } from './DryRunReport';

type AccountKind = components['schemas']['AccountKind'];
const kinds: AccountKind[] = ['PARENT', 'STUDENT', 'TEACHER', 'STAFF', 'INSPECTOR'];

/**
 * A new send: audience, class (students), letter template, then a dry run whose report must be
 * read before the letters are issued. Output: PDF, to print.
 */
export function NewSendForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [audience, setAudience] = useState<AccountKind>('PARENT');
  const [className, setClassName] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [output, setOutput] = useState<'PDF' | 'EMAIL'>('PDF');
  const templates = useTemplates({ audience, language: 'fr' });
  const classes = useClasses({ enabled: audience === 'STUDENT' });
  const dryRun = useDryRunSend();
  const send = useCreateSend();
  // One key per checked request: a double click on « Émettre » makes one send.
  const [checked, setChecked] = useState<{ body: SendRequest; key: string }>();

  const chosenTemplate = templateId || templates.data?.items[0]?.id || '';
  const body: SendRequest = {
    templateId: chosenTemplate,
    audience,
    output,
    validityDays: 30,
    selection: className ? { filter: { className } } : null,
  };

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosenTemplate || dryRun.isPending) return;
    dryRun.mutate(body, {
      onSuccess: () => setChecked({ body, key: globalThis.crypto.randomUUID() }),
    });
  };

  const reset = () => {
    setChecked(undefined);
    dryRun.reset();
  };

  return (
    <section aria-labelledby="new-send">
      <h2 id="new-send">{t('sends.new')}</h2>
      <Form className="form" onSubmit={check}>
        <SelectField
          label={t('sends.audience')}
          value={audience}
          options={kinds.map((kind) => ({ id: kind, label: t(`accounts.kinds.${kind}`) }))}
          onChange={(value) => {
            setAudience(value as AccountKind);
            setTemplateId('');
            setClassName('');
            reset();
          }}
        />
        {audience === 'STUDENT' && (
          <SelectField
            label={t('sends.className')}
            value={className}
            options={[
              { id: '', label: t('sends.allClasses') },
              ...(classes.data ?? []).map((name) => ({ id: name, label: name })),
            ]}
            onChange={(value) => {
              setClassName(value);
              reset();
            }}
          />
        )}
        <SelectField
          label={t('sends.template')}
          value={chosenTemplate}
          options={(templates.data?.items ?? []).map((template) => ({
            id: template.id,
            label: template.name,
          }))}
          onChange={(value) => {
            setTemplateId(value);
            reset();
          }}
        />
        <SelectField
          label={t('sends.output')}
          value={output}
          options={[
            { id: 'PDF', label: t('sends.outputPdf') },
            { id: 'EMAIL', label: t('sends.outputEmail') },
          ]}
          onChange={(value) => {
            setOutput(value as 'PDF' | 'EMAIL');
            reset();
          }}
        />
        <Button type="submit" className="button button-quiet">
          {dryRun.isPending ? t('sends.checking') : t('sends.check')}
        </Button>
      </Form>
      <ProblemAlert error={dryRun.error} />
      {checked && dryRun.data && (
        <>
          <DryRunReport report={dryRun.data} />
          <ProblemAlert error={send.error} />
          <Button
            className="button"
            isDisabled={dryRun.data.problems.length > 0 || send.isPending}
            onPress={() =>
              send.mutate(
                { body: checked.body, idempotencyKey: checked.key },
                { onSuccess: (created) => void navigate(`/sends/${created.id}`) },
              )
            }
          >
            {send.isPending ? t('sends.sending') : t('sends.send', { count: dryRun.data.eligible })}
          </Button>
        </>
      )}
    </section>
  );
}
