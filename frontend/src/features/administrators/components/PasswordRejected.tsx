import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/** The reasons of a `password-rejected` problem, or undefined for any other error. */
export function rejectedReasons(error: Error | null): string[] | undefined {
  return error instanceof ApiError && error.problem?.type === '/problems/password-rejected'
    ? (error.problem.reasons ?? [])
    : undefined;
}

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
