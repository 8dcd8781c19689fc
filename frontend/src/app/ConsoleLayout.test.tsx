import { act, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { currentUserKey } from '@/features/auth';
import { admin, unauthenticated } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const renderSignedIn = (path: string) => renderApp(path, { signedInAs: admin });

describe('console shell', () => {
  it('redirects / to the accounts page, with its title', async () => {
    const { router } = renderSignedIn('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Comptes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accounts');
    expect(document.title).toBe('Comptes · Sésame');
    expect(screen.getByRole('tab', { name: 'Élèves', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Comptes' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('sends the user to sign-in when the API answers 401, clearing the cache', async () => {
    const { router, queryClient } = renderSignedIn('/templates');
    await screen.findByRole('heading', { level: 1, name: 'Lettres types' });

    server.use(http.get('/api/auth/me', () => unauthenticated()));
    await act(() => queryClient.invalidateQueries({ queryKey: currentUserKey }));

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.state).toMatchObject({ from: '/templates', sessionExpired: true });
    expect(
      screen.getByText('Votre session a pris fin. Reconnectez-vous pour continuer.'),
    ).toBeInTheDocument();
    expect(queryClient.getQueryData(currentUserKey)).toBeUndefined();
  });

  it('signs out and goes back to sign-in', async () => {
    let signedOut = false;
    server.use(
      http.post('/api/auth/logout', () => {
        signedOut = true;
        return new Response(null, { status: 204 });
      }),
    );
    const { user, router } = renderSignedIn('/accounts');

    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(signedOut).toBe(true);
  });

  it('switches the language of the navigation and of <html lang>, and remembers it', async () => {
    const { user } = renderSignedIn('/settings');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Lettres types' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English (EN)' }));

    const englishNav = screen.getByRole('navigation', { name: 'Main navigation' });
    const labels = within(englishNav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels).toEqual([
      'Accounts',
      'Letter templates',
      'Sends',
      'Activations',
      'Log',
      'Settings',
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('sesame.language')).toBe('en');
    expect(document.title).toBe('Settings · Sésame');
  });
});
