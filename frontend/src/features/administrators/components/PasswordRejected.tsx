import { useTranslation } from 'react-i18next';

/** Why the server refused a password, in plain words (the same rules as for recipients). */
export function PasswordRejected({ reasons }: { reasons: string[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert">
      <p className="alert-title">{t('administrators.password.rejected')}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{t(`administrators.password.reason.${reason}`)}</li>
        ))}
      </ul>
    </div>
  );
}
