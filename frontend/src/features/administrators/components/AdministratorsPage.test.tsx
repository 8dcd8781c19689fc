import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { components } from '@/lib/api/schema';
import { admin } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const claire: components['schemas']['Administrator'] = {
  id: '5b1f0c2e-8a4d-4e7b-9c36-1d2e3f4a5b6c',
  username: 'admin',
  displayName: 'Claire Moreau',
  email: null,
  status: 'ACTIVE',
  passwordSet: true,
  mustChangePassword: false,
  createdAt: '2026-08-25T07:30:00Z',
  lastSignInAt: '2026-09-03T08:01:12Z',
};
const martine: components['schemas']['Administrator'] = {
  ...claire,
  id: '7d3a9e51-2b6c-4f80-a1d7-3e9c5b2f8a04',
  username: 'm.laurent',
  displayName: 'Martine Laurent',
  passwordSet: false,
  lastSignInAt: null,
};
const page = (items: unknown[]) => ({ items, total: items.length, page: 0, size: 50 });

describe('Paramètres › Administrateurs', () => {
  it('invites with a one-time link shown once, and never offers to disable oneself', async () => {
    let people = [claire];
    const bodies: unknown[] = [];
    server.use(
      http.get('/api/administrators', () => HttpResponse.json(page(people))),
      http.post('/api/administrators', async ({ request }) => {
        bodies.push(await request.json());
        people = [claire, martine];
        return HttpResponse.json(
          {
            administrator: martine,
            passwordLink: { path: '/set-password#secret-token', expiresAt: '2026-09-06T08:05:40Z' },
          },
          { status: 201 },
        );
      }),
    );
    const { user } = renderApp('/settings/administrators', { signedInAs: admin });

    const table = await screen.findByRole('table', { name: /Les administrateurs/ });
    const self = within(within(table).getByRole('row', { name: /Claire Moreau/ }));
    expect(self.queryByRole('button', { name: 'Désactiver' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Nom' }), 'Martine Laurent');
    await user.type(screen.getByRole('textbox', { name: 'Identifiant' }), 'm.laurent');
    await user.click(screen.getByRole('button', { name: 'Ajouter l’administrateur' }));

    const link = await screen.findByRole('textbox', { name: 'Lien à usage unique' });
    expect(link).toHaveValue(`${globalThis.location.origin}/set-password#secret-token`);
    expect(bodies).toEqual([
      { username: 'm.laurent', displayName: 'Martine Laurent', email: null, initialPassword: null },
    ]);
    await user.click(screen.getByRole('button', { name: 'Je l’ai copié, fermer' }));
    expect(screen.queryByText(/secret-token/)).toBeNull();
    const row = within(
      await within(screen.getByRole('table')).findByRole('row', { name: /Martine Laurent/ }),
    );
    expect(row.getByText('Invité, mot de passe à choisir')).toBeInTheDocument();
  });

  it('shows the server’s problem when the last active administrator cannot be disabled', async () => {
    server.use(
      http.get('/api/administrators', () => HttpResponse.json(page([claire, martine]))),
      http.post('/api/administrators/:id/disable', () =>
        HttpResponse.json(
          {
            type: '/problems/last-administrator',
            title: 'The last active administrator cannot be disabled',
            status: 409,
            detail: 'At least one administrator must stay active.',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp('/settings/administrators', { signedInAs: admin });

    const row = within(await screen.findByRole('row', { name: /Martine Laurent/ }));
    await user.click(row.getByRole('button', { name: 'Désactiver' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The last active administrator cannot be disabled',
    );
  });

  it('sends an administrator with a given password to change it before anything else', async () => {
    server.use(
      http.post('/api/auth/password', () => new HttpResponse(null, { status: 204 })),
      // Once changed, the session is an administrator's like any other.
      http.get('/api/auth/me', () => HttpResponse.json(admin)),
      http.get('/api/accounts', () =>
        HttpResponse.json({ items: [], total: 0, page: 0, size: 50 }),
      ),
    );
    const { user, router } = renderApp('/accounts', {
      signedInAs: {
        username: 'cpe',
        displayName: 'Karim Benali',
        roles: ['PASSWORD_CHANGE_REQUIRED'],
      },
    });

    await screen.findByRole('heading', { name: 'Changer mon mot de passe' });
    expect(router.state.location.pathname).toBe('/change-password');
    expect(screen.getByText(/donné par un autre administrateur/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Mot de passe actuel'), 'tournesol bleu sur la colline');
    await user.type(
      screen.getByLabelText('Nouveau mot de passe'),
      'cerf-volant violet sous la pluie',
    );
    await user.click(screen.getByRole('button', { name: 'Changer mon mot de passe' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/accounts'));
  });
});
