import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { routes } from '@/app/routes';
import { currentUserKey, type CurrentUser } from '@/features/auth';
import { createQueryClient } from '@/lib/query-client';

/** Renders the whole console at `path`, against the msw handlers of src/testing. */
export function renderApp(path = '/', { signedInAs }: { signedInAs?: CurrentUser } = {}) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  if (signedInAs) queryClient.setQueryData(currentUserKey, signedInAs);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, queryClient };
}
