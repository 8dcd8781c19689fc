import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { admin, adminPassword, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

async function signIn(user: ReturnType<typeof renderApp>['user'], password = adminPassword) {
  await user.type(await screen.findByLabelText('Identifiant'), 'admin');
  await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('sign-in', () => {
  it('sends a signed-out visitor to sign-in, then to the wanted page with the username shown', async () => {
    const { user, router } = renderApp('/sends');

    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(document.title).toBe('Connexion · Sésame');

    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Envois' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sends');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(within(screen.getByRole('banner')).getByText('admin')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
  });

  it('leaves sign-in at once for a user who is already signed in', async () => {
    const { router } = renderApp('/login', { signedInAs: admin });

    expect(await screen.findByRole('heading', { level: 1, name: 'Comptes' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/accounts');
  });

  it('shows the problem of a wrong password and stays on sign-in', async () => {
    const { user, router } = renderApp('/login');

    await signIn(user, 'wrong password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La connexion a échoué');
    expect(alert).toHaveTextContent('L’identifiant ou le mot de passe est incorrect.');
    expect(router.state.location.pathname).toBe('/login');
  });

  it('shows how long to wait after too many attempts', async () => {
    server.use(
      http.post('/api/auth/login', () =>
        problem(
          {
            type: '/problems/too-many-attempts',
            title: 'Trop de tentatives',
            status: 429,
            retryAfterSeconds: 8,
          },
          { 'Retry-After': '8' },
        ),
      ),
    );
    const { user } = renderApp('/login');

    await signIn(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trop de tentatives');
    expect(alert).toHaveTextContent('Réessayez dans 8 secondes.');
  });
});
