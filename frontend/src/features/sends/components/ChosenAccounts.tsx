import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SendRequest } from '../api/dryRunSend';

type Props = {
  chosen: NonNullable<SendRequest['selection']>;
  names?: string[];
  className: string;
  onClear: () => void;
};

/** The accounts another page chose for this send (« 3 comptes choisis »), and a way back to all. */
export function ChosenAccounts({ chosen, names, className, onClear }: Props) {
  const { t } = useTranslation();
  const ids = chosen.accountIds;
  return (
    <div className="chosen-accounts">
      <p className="alert-title">
        {ids
          ? t('sends.chosen.accounts', { count: ids.length })
          : className
            ? t('sends.chosen.noPasswordInClass', { className })
            : t('sends.chosen.noPassword')}
      </p>
      {ids && names && names.length > 0 && (
        <ul className="chosen-names">
          {names.map((name, index) => (
            <li key={ids[index] ?? name}>{name}</li>
          ))}
        </ul>
      )}
      <p>{t('sends.chosen.revokesOlder')}</p>
      <Button className="button button-quiet button-small" onPress={onClear}>
        {t('sends.chosen.clear')}
      </Button>
    </div>
  );
}
