import { useState } from 'react';
import type { Selection } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/Pager';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Send } from '../api/createSend';
import { isRunning } from '../api/getSend';
import { recipientsPageSize, useSendRecipients } from '../api/listSendRecipients';
import { RecipientActions } from './RecipientActions';
import { RecipientsTable } from './RecipientsTable';

/** The send's recipients, page by page, with actions on the ones checked on this page. */
export function RecipientsSection({ send }: { send: Send }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const [selection, setSelection] = useState<Selection>(new Set());
  const recipients = useSendRecipients(send.id, page, isRunning(send));
  const items = recipients.data?.items ?? [];
  const selected = selection === 'all' ? items : items.filter((r) => selection.has(r.accountId));
  const selectedIds = selected.map((r) => r.accountId);

  if (recipients.isError) return <ProblemAlert error={recipients.error} />;
  return (
    <section aria-labelledby="recipients-title">
      <h2 id="recipients-title">{t('sends.recipientsTitle')}</h2>
      <RecipientActions
        send={send}
        selectedIds={selectedIds}
        selectedNames={selected.map((r) => r.displayName)}
        onDone={() => setSelection(new Set())}
      />
      <Pager
        page={page}
        size={recipientsPageSize}
        shown={items.length}
        total={recipients.data?.total}
        isLoading={recipients.isFetching}
        onPage={(next) => {
          setSelection(new Set());
          setPage(next);
        }}
      />
      {recipients.data && (
        <RecipientsTable
          label={t('sends.recipients', { count: recipients.data.total })}
          recipients={items}
          selection={selection}
          onSelectionChange={setSelection}
        />
      )}
    </section>
  );
}
