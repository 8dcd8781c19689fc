import { useTranslation } from 'react-i18next';

/** Why the server refused a password, in plain words. */
export function PasswordReasons({ reasons }: { reasons: string[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert">
      <p className="alert-title">{t('activation.rejected')}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{t(`activation.reason.${reason}`)}</li>
        ))}
      </ul>
    </div>
  );
}
