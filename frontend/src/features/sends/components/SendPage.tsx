import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { usePageTitle } from '@/components/usePageTitle';
import { formatDateTime } from '@/lib/format';
import type { Send } from '../api/createSend';
import { useLiveSend } from '../api/sendEvents';
import { useTemplateName } from '../templateName';
import { PrintInBrowserButton, PrintJobStatus } from './PrintLetters';
import { RecipientsSection } from './RecipientsSection';
import { ReminderSection } from './ReminderSection';
import { RevokeSendButton } from './RevokeSendButton';
import { SendOutcome, SendProgress } from './SendProgress';
import { ToPrintList } from './ToPrintList';

/** One send, followed live: counts, progress, its letters (PDF, printer), each recipient. */
export function SendPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const send = useLiveSend(id);
  usePageTitle(t('sends.one'));

  if (send.isPending) return <p role="status">{t('app.loading')}</p>;
  if (send.isError) return <ProblemAlert error={send.error} />;
  return (
    <>
      <p>
        <Link to="/sends">{t('sends.back')}</Link>
      </p>
      <h1>{t('sends.one')}</h1>
      <SendFacts send={send.data} />
      <SendProgress send={send.data} />
      <SendOutcome send={send.data} />
      <SendLetters send={send.data} />
      <ToPrintList send={send.data} />
      <ReminderSection send={send.data} />
      <RecipientsSection send={send.data} />
    </>
  );
}

function SendFacts({ send }: { send: Send }) {
  const { t, i18n } = useTranslation();
  const templateName = useTemplateName();
  return (
    <dl className="who">
      <dt>{t('sends.template')}</dt>
      <dd>{templateName(send.templateId)}</dd>
      <dt>{t('sends.date')}</dt>
      <dd>{formatDateTime(send.createdAt, i18n.language)}</dd>
      <dt>{t('sends.audience')}</dt>
      <dd>{t(`accounts.kinds.${send.audience}`)}</dd>
      <dt>{t('sends.output')}</dt>
      <dd>{t(`sends.outputShort.${send.output}`)}</dd>
      <dt>{t('sends.letters')}</dt>
      <dd>{send.toPrint}</dd>
      <dt>{t('sends.skipped')}</dt>
      <dd>{send.skipped}</dd>
    </dl>
  );
}

/** The letters themselves: printer job or print dialog for PRINT, the PDF always; revoke them all. */
function SendLetters({ send }: { send: Send }) {
  const { t } = useTranslation();
  const [revoked, setRevoked] = useState<number>();
  const printsInBrowser = send.output === 'PRINT' && !send.printJob;
  return (
    <>
      {send.printJob && <PrintJobStatus job={send.printJob} />}
      <div className="actions">
        {printsInBrowser && <PrintInBrowserButton sendId={send.id} />}
        <a
          className={printsInBrowser ? 'button button-quiet' : 'button'}
          href={`/api/sends/${send.id}/document`}
          target="_blank"
          rel="noopener"
        >
          {t('sends.download')}
        </a>
        <a className="button button-quiet" href={`/api/sends/${send.id}/sign-off-sheet`} download>
          {t('sends.signOffSheet')}
        </a>
        <RevokeSendButton sendId={send.id} onRevoked={setRevoked} />
      </div>
      <p role="status" className="status">
        {revoked === undefined ? '' : t('sends.revoked', { count: revoked })}
      </p>
    </>
  );
}
