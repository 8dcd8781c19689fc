import {
  Cell,
  Checkbox,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  type Selection,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CredentialState, credentialStateLabel } from '@/features/accounts';
import type { SendRecipient } from '../api/listSendRecipients';

type Props = {
  label: string;
  recipients: SendRecipient[];
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
};

function SelectionBox() {
  return (
    <Checkbox slot="selection" className="checkbox">
      <span className="checkbox-box" aria-hidden="true" />
    </Checkbox>
  );
}

/** One page of a send's recipients and their letter's state; a checkbox per row (and for all). */
export function RecipientsTable({ label, recipients, selection, onSelectionChange }: Props) {
  const { t } = useTranslation();
  return (
    <Table
      className="table"
      aria-label={label}
      selectionMode="multiple"
      selectedKeys={selection}
      onSelectionChange={onSelectionChange}
    >
      <TableHeader>
        <Column className="column-select">
          <SelectionBox />
        </Column>
        <Column isRowHeader>{t('sends.recipient')}</Column>
        <Column>{t('accounts.credentials.stateColumn')}</Column>
      </TableHeader>
      <TableBody items={recipients} renderEmptyState={() => t('sends.noRecipients')}>
        {(recipient) => (
          <Row id={recipient.accountId} textValue={recipient.displayName}>
            <Cell>
              <SelectionBox />
            </Cell>
            <Cell>
              <Link to={`/accounts/${recipient.accountId}`}>{recipient.displayName}</Link>
            </Cell>
            <Cell>
              {recipient.state === 'FAILED'
                ? t('sends.failed')
                : credentialStateLabel(t, recipient.state as CredentialState, recipient.channel)}
              {recipient.error && (
                <p className="inline-error">{t('sends.lastError', { error: recipient.error })}</p>
              )}
            </Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
