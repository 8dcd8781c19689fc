import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const portal = {
  id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
  name: 'Portail régional',
  prefix: 'sk_4fQx',
  scopes: ['accounts:read', 'sends:write'],
  expiresAt: '2099-09-01T00:00:00Z',
  createdAt: '2026-09-01T08:00:00Z',
  createdBy: 'admin',
  lastUsedAt: null,
  revokedAt: null,
};
const oldScript = {
  ...portal,
  id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e60',
  name: 'Ancien script',
  prefix: 'sk_9zAb',
  scopes: ['audit:read'],
  lastUsedAt: '2026-10-02T07:15:00Z',
  revokedAt: '2026-10-03T07:15:00Z',
};
const secret = 'sk_4fQxT0c1bq0m3W1jS8Gz2aJvX9n5yKpR7dLhU6eCiA0';

describe('API access', () => {
  it('lists the keys with their scopes in French, « jamais » when unused, and their state', async () => {
    server.use(http.get('/api/api-keys', () => HttpResponse.json([portal, oldScript])));
    renderApp('/settings/api-keys', { signedInAs: admin });

    const table = await screen.findByRole('table', { name: /Les clés/ });
    const row = within(within(table).getByRole('row', { name: /Portail régional/ }));
    expect(row.getByText('sk_4fQx…')).toBeInTheDocument();
    expect(row.getByText('Lire les comptes')).toBeInTheDocument();
    expect(row.getByText('Lancer des envois')).toBeInTheDocument();
    expect(row.getByText('jamais')).toBeInTheDocument();
    expect(row.getByText('Active')).toBeInTheDocument();
    const old = within(within(table).getByRole('row', { name: /Ancien script/ }));
    expect(old.getByText('Révoquée')).toBeInTheDocument();
    expect(old.getByText('2 octobre 2026 à 09:15')).toBeInTheDocument();
    expect(old.queryByRole('button', { name: 'Révoquer' })).toBeNull();
  });

  it('creates a key and shows its secret once: copied, then gone for good once closed', async () => {
    const bodies: unknown[] = [];
    let keys = [portal];
    server.use(
      http.get('/api/api-keys', () => HttpResponse.json(keys)),
      http.post('/api/api-keys', async ({ request }) => {
        const body = (await request.json()) as { name: string };
        bodies.push(body);
        const created = { ...portal, id: 'new', name: body.name, prefix: 'sk_Zk3p' };
        keys = [{ ...created, scopes: ['sends:read'] }, ...keys];
        return HttpResponse.json({ ...created, key: secret }, { status: 201 });
      }),
    );
    const { user } = renderApp('/settings/api-keys', { signedInAs: admin });

    await user.type(
      await screen.findByRole('textbox', { name: 'Nom' }),
      'Logiciel de vie scolaire',
    );
    await user.click(screen.getByRole('checkbox', { name: /Suivre les envois/ }));
    const expiry = screen.getByLabelText('Expire le');
    const inAYear = new Date();
    inAYear.setFullYear(inAYear.getFullYear() + 1);
    expect(expiry).toHaveValue(inAYear.toLocaleDateString('sv-SE'));
    expect(expiry).toHaveAttribute('max', inAYear.toLocaleDateString('sv-SE'));
    await user.click(screen.getByRole('button', { name: 'Créer la clé' }));

    const field = await screen.findByRole('textbox', { name: 'Clé secrète' });
    expect(field).toHaveValue(secret);
    expect(field).toHaveAttribute('readonly');
    expect(screen.getByText(/Sésame ne le montrera plus jamais/)).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        name: 'Logiciel de vie scolaire',
        scopes: ['sends:read'],
        expiresAt: new Date(`${inAYear.toLocaleDateString('sv-SE')}T00:00:00`).toISOString(),
      },
    ]);
    await user.click(screen.getByRole('button', { name: 'Copier' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(screen.getByText('Copié dans le presse-papiers.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Je l’ai copié, fermer' }));

    expect(screen.queryByRole('textbox', { name: 'Clé secrète' })).toBeNull();
    expect(document.body.innerHTML).not.toContain(secret);
    expect(screen.getByRole('heading', { name: 'Nouvelle clé' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveValue('');
    expect(
      await screen.findByRole('row', { name: /Logiciel de vie scolaire/ }),
    ).toBeInTheDocument();
  });

  it('shows the server’s field errors beside their fields', async () => {
    server.use(
      http.get('/api/api-keys', () => HttpResponse.json([])),
      http.post('/api/api-keys', () =>
        problem({
          type: '/problems/validation-failed',
          title: 'La requête contient des champs invalides',
          status: 400,
          errors: [
            {
              field: 'expiresAt',
              code: 'apiKey.expiry',
              message: 'au plus un an à partir d’aujourd’hui',
            },
          ],
        }),
      ),
    );
    const { user } = renderApp('/settings/api-keys', { signedInAs: admin });
    await user.type(await screen.findByRole('textbox', { name: 'Nom' }), 'Script');
    await user.click(screen.getByRole('checkbox', { name: /Lire le journal/ }));
    await user.click(screen.getByRole('button', { name: 'Créer la clé' }));

    const expiry = screen.getByLabelText('Expire le');
    await waitFor(() => expect(expiry).toHaveAttribute('aria-invalid', 'true'));
    expect(expiry).toHaveAccessibleDescription(
      expect.stringContaining('au plus un an à partir d’aujourd’hui'),
    );
    expect(screen.getByRole('textbox', { name: 'Nom' })).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('textbox', { name: 'Clé secrète' })).toBeNull();
  });

  it('revokes a key after confirmation', async () => {
    const deleted: string[] = [];
    server.use(
      http.get('/api/api-keys', () =>
        HttpResponse.json(
          deleted.length ? [{ ...portal, revokedAt: '2026-11-25T10:00:00Z' }] : [portal],
        ),
      ),
      http.delete('/api/api-keys/:id', ({ params }) => {
        deleted.push(String(params.id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/settings/api-keys', { signedInAs: admin });

    await user.click(await screen.findByRole('button', { name: 'Révoquer' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('cessera de fonctionner tout de suite');
    await user.click(within(dialog).getByRole('button', { name: 'Révoquer la clé' }));

    expect(await screen.findByText('Révoquée')).toBeInTheDocument();
    expect(deleted).toEqual([portal.id]);
  });
});
