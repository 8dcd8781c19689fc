import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { useCreatePasswordLink, type PasswordLink } from '../api/createPasswordLink';
import { useDisableAdministrator } from '../api/disableAdministrator';
import { useEnableAdministrator } from '../api/enableAdministrator';
import type { Administrator } from '../api/listAdministrators';

type Props = {
  administrators: Administrator[];
  /** The signed-in administrator's username: they cannot disable themselves. */
  self: string | undefined;
  onLink: (name: string, link: PasswordLink) => void;
};

/** Who administers Sésame: name, username, e-mail, state, dates, and what may be done. */
export function AdministratorsTable({ administrators, self, onLink }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <table className="table">
      <caption>{t('administrators.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('administrators.field.displayName')}</th>
          <th scope="col">{t('administrators.field.username')}</th>
          <th scope="col">{t('administrators.field.email')}</th>
          <th scope="col">{t('administrators.field.status')}</th>
          <th scope="col">{t('administrators.field.createdAt')}</th>
          <th scope="col">{t('administrators.field.lastSignInAt')}</th>
          <th scope="col">{t('administrators.field.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {administrators.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.displayName}</th>
            <td>
              <code>{person.username}</code>
            </td>
            <td>{person.email ?? ''}</td>
            <td>{statusLabel(t, person)}</td>
            <td>{formatDateTime(person.createdAt, i18n.language)}</td>
            <td>
              {person.lastSignInAt
                ? formatDateTime(person.lastSignInAt, i18n.language)
                : t('administrators.never')}
            </td>
            <td>
              <div className="actions">
                {person.status === 'ACTIVE' ? (
                  <>
                    <NewLinkButton person={person} onLink={onLink} />
                    {person.username !== self && <DisableButton person={person} />}
                  </>
                ) : (
                  <EnableButton person={person} />
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function statusLabel(t: (key: string) => string, person: Administrator) {
  if (person.status === 'DISABLED') return t('administrators.status.DISABLED');
  if (!person.passwordSet) return t('administrators.status.INVITED');
  if (person.mustChangePassword) return t('administrators.status.MUST_CHANGE');
  return t('administrators.status.ACTIVE');
}

function NewLinkButton({ person, onLink }: { person: Administrator; onLink: Props['onLink'] }) {
  const { t } = useTranslation();
  const create = useCreatePasswordLink();
  return (
    <>
      <Button
        className="button button-quiet button-small"
        isDisabled={create.isPending}
        aria-label={t('administrators.newLinkFor', { name: person.displayName })}
        onPress={() => {
          if (create.isPending) return;
          create.mutate(person.id, {
            onSuccess: (link) => {
              onLink(person.displayName, link);
              create.reset();
            },
          });
        }}
      >
        {create.isPending ? t('administrators.working') : t('administrators.newLink')}
      </Button>
      <ProblemAlert error={create.error} />
    </>
  );
}

function DisableButton({ person }: { person: Administrator }) {
  const { t } = useTranslation();
  const disable = useDisableAdministrator();
  return (
    <ConfirmDialog
      trigger={t('administrators.disable')}
      triggerClassName="button button-quiet button-small"
      title={t('administrators.disableTitle', { name: person.displayName })}
      confirm={disable.isPending ? t('administrators.working') : t('administrators.disableConfirm')}
      isDanger
      isPending={disable.isPending}
      onOpenChange={(isOpen) => isOpen && disable.reset()}
      onConfirm={() =>
        disable.mutateAsync(person.id).then(
          () => true,
          () => false,
        )
      }
    >
      <p>{t('administrators.disableQuestion', { name: person.displayName })}</p>
      <ProblemAlert error={disable.error} />
    </ConfirmDialog>
  );
}

function EnableButton({ person }: { person: Administrator }) {
  const { t } = useTranslation();
  const enable = useEnableAdministrator();
  return (
    <>
      <Button
        className="button button-quiet button-small"
        isDisabled={enable.isPending}
        aria-label={t('administrators.enableFor', { name: person.displayName })}
        onPress={() => {
          if (!enable.isPending) enable.mutate(person.id);
        }}
      >
        {enable.isPending ? t('administrators.working') : t('administrators.enable')}
      </Button>
      <ProblemAlert error={enable.error} />
    </>
  );
}
