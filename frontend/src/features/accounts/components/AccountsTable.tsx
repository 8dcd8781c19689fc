import {
  Cell,
  Checkbox,
  Column,
  Row,
  Table,
  TableBody,
  TableHeader,
  type Selection,
  type SortDescriptor,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Account, AccountKind } from '../api/listAccounts';
import { modeLabel, passwordLabel, statusLabel } from '../labels';
import { ChildrenNames } from './ChildrenNames';

type Props = {
  kind: AccountKind;
  accounts: Account[];
  sort: string;
  onSortChange: (sort: string) => void;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
};

function toDescriptor(sort: string): SortDescriptor {
  const [column = 'lastName', direction] = sort.split(',');
  return { column, direction: direction === 'desc' ? 'descending' : 'ascending' };
}

const fromDescriptor = ({ column, direction }: SortDescriptor) =>
  `${String(column)},${direction === 'descending' ? 'desc' : 'asc'}`;

function SelectionBox() {
  return (
    <Checkbox slot="selection" className="checkbox">
      <span className="checkbox-box" aria-hidden="true" />
    </Checkbox>
  );
}

/**
 * The accounts of one page: sortable headers, one checkbox per row for bulk actions. Parents show
 * their children where students show their class.
 */
export function AccountsTable({
  kind,
  accounts,
  sort,
  onSortChange,
  selection,
  onSelectionChange,
}: Props) {
  const { t } = useTranslation();
  return (
    <Table
      className="table"
      aria-label={t('accounts.tableLabel')}
      selectionMode="multiple"
      selectedKeys={selection}
      onSelectionChange={onSelectionChange}
      sortDescriptor={toDescriptor(sort)}
      onSortChange={(descriptor) => onSortChange(fromDescriptor(descriptor))}
    >
      <TableHeader>
        <Column className="column-select">
          <SelectionBox />
        </Column>
        <Column id="lastName" isRowHeader allowsSorting>
          {t('accounts.column.name')}
        </Column>
        <Column id="login" allowsSorting>
          {t('accounts.column.login')}
        </Column>
        {/* Keys make React mount a new column: the collection refuses an id changed in place. */}
        {kind === 'PARENT' ? (
          <Column key="children" id="children">
            {t('accounts.column.children')}
          </Column>
        ) : (
          <Column key="className" id="className" allowsSorting>
            {t('accounts.column.class')}
          </Column>
        )}
        <Column id="email" allowsSorting>
          {t('accounts.column.email')}
        </Column>
        <Column id="connectionMode">{t('accounts.column.mode')}</Column>
        <Column id="passwordState">{t('accounts.column.password')}</Column>
      </TableHeader>
      <TableBody items={accounts} renderEmptyState={() => t('accounts.empty')}>
        {(account) => (
          <Row id={account.id} textValue={`${account.lastName} ${account.firstName}`}>
            <Cell>
              <SelectionBox />
            </Cell>
            <Cell>
              <Link to={`/accounts/${account.id}`}>
                {account.lastName} {account.firstName}
              </Link>
              {account.status === 'LEFT' && (
                <span className="badge"> {statusLabel(t, account.status)}</span>
              )}
            </Cell>
            <Cell>{account.login}</Cell>
            <Cell>
              {kind === 'PARENT' ? (
                <ChildrenNames ids={account.childrenIds} />
              ) : (
                (account.className ?? '')
              )}
            </Cell>
            <Cell>{account.email ?? ''}</Cell>
            <Cell>{modeLabel(t, account.connectionMode)}</Cell>
            <Cell>{passwordLabel(t, account.passwordState)}</Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}
