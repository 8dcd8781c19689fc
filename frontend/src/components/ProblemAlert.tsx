import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

/** The title and detail of a failed call, in an alert; a generic message when there is no problem. */
export function ProblemAlert({ error, fallback }: { error: Error | null; fallback?: string }) {
  const { t } = useTranslation();
  if (error === null) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div role="alert" className="alert">
      <p className="alert-title">{problem?.title ?? fallback ?? t('app.actionFailed')}</p>
      {problem?.detail && <p>{problem.detail}</p>}
    </div>
  );
}
