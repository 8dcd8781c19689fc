import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError } from '@/lib/api/problem';

const isType = (type: string | undefined, name: string) => type?.endsWith(`/problems/${name}`);

/** Why a letter could not be issued: the account gets none, or the public URL is missing. */
export function CredentialProblem({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : undefined;
  if (isType(problem?.type, 'not-eligible') && problem?.reason) {
    return (
      <div role="alert" className="alert">
        <p className="alert-title">{t(`accounts.credentials.notEligible.${problem.reason}`)}</p>
      </div>
    );
  }
  if (isType(problem?.type, 'public-url-missing')) {
    return (
      <div role="alert" className="alert">
        <p className="alert-title">{t('accounts.credentials.publicUrlMissing')}</p>
        <p>
          <Link to="/settings/identity">{t('accounts.credentials.publicUrlMissingLink')}</Link>
        </p>
      </div>
    );
  }
  return <ProblemAlert error={error} />;
}
