import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { isUnauthenticated } from '@/lib/api/problem';
import { useCurrentUser } from '../api/currentUser';
import { signInState } from '../returnPath';

/**
 * Shows its children only to a signed-in user; sends anyone else to /login. With `adminOnly`, a
 * signed-in recipient goes to their own page instead: the console is not theirs.
 */
export function RequireAuth({
  children,
  adminOnly = false,
}: {
  children: ReactNode;
  adminOnly?: boolean;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useCurrentUser();

  if (me.isPending) {
    return (
      <main className="centered">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  if (me.isError) {
    if (isUnauthenticated(me.error)) {
      return <Navigate to="/login" replace state={signInState(location)} />;
    }
    return (
      <main className="centered">
        <p role="alert">{t('app.loadFailed')}</p>
        <Button onPress={() => void me.refetch()}>{t('app.retry')}</Button>
      </main>
    );
  }
  if (adminOnly && me.data.roles.includes('PASSWORD_CHANGE_REQUIRED')) {
    // Given a password by someone else: it must be changed before anything else.
    return <Navigate to="/change-password" replace />;
  }
  if (adminOnly && !me.data.roles.includes('ADMIN')) {
    return <Navigate to="/mon-compte" replace />;
  }
  return children;
}
