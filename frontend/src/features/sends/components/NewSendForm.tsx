import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SelectField } from '@/components/SelectField';
import { useClasses } from '@/features/accounts';
import { useTemplates } from '@/features/templates';
import type { components } from '@/lib/api/schema';
import { useCreateSend } from '../api/createSend';
import { useDryRunSend, type SendRequest } from '../api/dryRunSend';
import { readSendPrefill, selectionOf } from '../sendPrefill';
import { ChosenAccounts } from './ChosenAccounts';
import { DryRunReport } from './DryRunReport';
import { PrinterStatus } from './PrinterStatus';
import { ActionButton } from '@/components/ActionButton';

type AccountKind = components['schemas']['AccountKind'];
type SendOutput = components['schemas']['SendOutput'];
const kinds: AccountKind[] = ['PARENT', 'STUDENT', 'TEACHER', 'STAFF', 'INSPECTOR'];
const outputs: SendOutput[] = ['PDF', 'EMAIL', 'PRINT'];

/**
 * A new send: audience, class (students), letter template, output, then a dry run whose report
 * must be read before the letters are issued. Another page may pre-fill it (see sendPrefill).
 */
export function NewSendForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const prefill = readSendPrefill(useLocation().state);
  const [audience, setAudience] = useState<AccountKind>(prefill?.audience ?? 'PARENT');
  const [chosen, setChosen] = useState(prefill?.selection ?? null);
  const [className, setClassName] = useState(prefill?.selection?.filter?.className ?? '');
  const [templateId, setTemplateId] = useState(prefill?.templateId ?? '');
  const [output, setOutput] = useState<SendOutput>(prefill?.output ?? 'PDF');
  const [remindAfter, setRemindAfter] = useState('');
  // The audience's letter types in one language: the one asked for, else that of the pre-filled
  // letter type (a letter sent again goes in the language of the first), else French.
  const ofAudience = useTemplates({ audience });
  const all = ofAudience.data?.items ?? [];
  const language =
    prefill?.language ?? all.find((one) => one.id === prefill?.templateId)?.language ?? 'fr';
  const templates = all.filter((one) => one.language === language);
  const classes = useClasses({ enabled: audience === 'STUDENT' });
  const dryRun = useDryRunSend();
  const send = useCreateSend();
  // One key per checked request: a double click on « Émettre » makes one send.
  const [checked, setChecked] = useState<{ body: SendRequest; key: string }>();

  const chosenTemplate = templates.some((one) => one.id === templateId)
    ? templateId
    : (templates[0]?.id ?? '');
  const body: SendRequest = {
    templateId: chosenTemplate,
    audience,
    output,
    validityDays: 30,
    // Only when asked for: an automatic reminder is for e-mail sends.
    ...(output === 'EMAIL' && remindAfter && { remindAfterDays: Number(remindAfter) }),
    selection: selectionOf(className, chosen),
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
        {chosen && (
          <ChosenAccounts
            chosen={chosen}
            names={prefill?.names}
            className={className}
            onClear={() => {
              setChosen(null);
              reset();
            }}
          />
        )}
        <SelectField
          label={t('sends.audience')}
          value={audience}
          options={kinds.map((kind) => ({ id: kind, label: t(`accounts.kinds.${kind}`) }))}
          onChange={(value) => {
            setAudience(value as AccountKind);
            setTemplateId('');
            setClassName('');
            // Chosen accounts belong to one audience.
            setChosen(null);
            reset();
          }}
        />
        {audience === 'STUDENT' && !chosen?.accountIds && (
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
          options={templates.map((template) => ({
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
          options={outputs.map((id) => ({ id, label: t(`sends.outputs.${id}`) }))}
          onChange={(value) => {
            setOutput(value as SendOutput);
            reset();
          }}
        />
        {output === 'PRINT' && <PrinterStatus />}
        {output === 'EMAIL' && (
          <SelectField
            label={t('sends.remindAfter.label')}
            value={remindAfter}
            options={['', '3', '7', '14'].map((days) => ({
              id: days,
              label: days
                ? t('sends.remindAfter.days', { count: Number(days) })
                : t('sends.remindAfter.none'),
            }))}
            onChange={(value) => {
              setRemindAfter(value);
              reset();
            }}
          />
        )}
        <ActionButton
          type="submit"
          className="button button-quiet"
          isPending={dryRun.isPending}
          isDisabled={!chosenTemplate}
        >
          {dryRun.isPending ? t('sends.checking') : t('sends.check')}
        </ActionButton>
      </Form>
      <ProblemAlert error={dryRun.error} />
      {checked && dryRun.data && (
        <>
          <DryRunReport report={dryRun.data} templateId={checked.body.templateId} />
          <ProblemAlert error={send.error} />
          {dryRun.data.eligible === 0 ? (
            // No « Émettre 0 lettre »: the report above says why nobody gets one.
            <p className="muted">{t('sends.nothingToSend')}</p>
          ) : (
            <ActionButton
              className="button"
              isDisabled={dryRun.data.problems.length > 0}
              isPending={send.isPending}
              aria-describedby={dryRun.data.problems.length > 0 ? 'dry-run-problems' : undefined}
              onPress={() =>
                send.mutate(
                  { body: checked.body, idempotencyKey: checked.key },
                  { onSuccess: (created) => void navigate(`/sends/${created.id}`) },
                )
              }
            >
              {send.isPending
                ? t('sends.sending')
                : t('sends.send', { count: dryRun.data.eligible })}
            </ActionButton>
          )}
        </>
      )}
    </section>
  );
}
