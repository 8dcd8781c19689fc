import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/** The problem detail of a failed sign-in, and for 429 how long to wait. */
export function SignInError({ error }: { error: Error }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const problem = apiError?.problem;
  const wait = apiError?.status === 429 ? apiError.retryAfterSeconds : undefined;
  return (
    <div role="alert" className="alert">
      <p className="alert-title">{problem?.title ?? t('signIn.failed')}</p>
      {problem?.detail && <p>{problem.detail}</p>}
      {wait !== undefined && <p>{t('signIn.retryIn', { count: wait })}</p>}
    </div>
  );
}
