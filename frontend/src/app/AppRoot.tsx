import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { currentUserKey, signInState } from '@/features/auth';
import { onUnauthorized } from '@/lib/api/middleware';

/** Root route: any 401 from the API ends the session in the console and leads to /login. */
export function AppRoot() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  useEffect(
    () =>
      onUnauthorized(() => {
        // The activation page handles its own refusals; it has no sign-in to go back to.
        if (['/login', '/activate', '/set-password'].includes(location.pathname)) return;
        const wasSignedIn = queryClient.getQueryData(currentUserKey) !== undefined;
        queryClient.clear();
        navigate('/login', { replace: true, state: signInState(location, wasSignedIn) });
      }),
    [queryClient, navigate, location],
  );

  // After a client-side navigation, move focus to the new page so screen readers announce it.
  const shownPath = useRef(location.pathname);
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    document.getElementById('main')?.focus();
  }, [location.pathname]);

  return <Outlet />;
}
