import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { frontDeskCredential, helene, heleneCredentials } from '@/testing/fixtures';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const renderHelene = () => renderApp(`/accounts/${helene.id}`, { signedInAs: admin });

describe('sign-in letters of an account', () => {
  it('lists the letters with their French dates, variants and states', async () => {
    renderHelene();
    const section = await screen.findByRole('region', { name: 'Lettres de connexion' });
    const table = await within(section).findByRole('table', { name: /Lettres émises/ });
    const rows = within(table).getAllByRole('row');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Émise le', 'Expire le', 'Variante', 'État', 'Lettre']);
    // 23:30 UTC on 25 November is already the 26th in Paris.
    expect(rows[1]).toHaveTextContent(
      /26 novembre 2026\s*25 décembre 2026\s*Sans QR code\s*Ouverte/,
    );
    expect(rows[2]).toHaveTextContent(
      /1 septembre 2026\s*1 octobre 2026\s*Avec QR code\s*Révoquée/,
    );
    // A live letter can be printed again; a revoked one cannot.
    const print = within(rows[1]!).getByRole('link', {
      name: 'Lettre du 26 novembre 2026, PDF, s’ouvre dans un nouvel onglet',
    });
    expect(print).toHaveAttribute(
      'href',
      `/api/accounts/${helene.id}/credentials/${heleneCredentials[0]!.id}/letter`,
    );
    expect(print).toHaveAttribute('target', '_blank');
    expect(within(rows[2]!).queryByRole('link')).not.toBeInTheDocument();
  });

  it('issues a QR letter after confirmation, then shows its QR code until hidden', async () => {
    const bodies: unknown[] = [];
    const qrRequests: { url: string; accept: string | null }[] = [];
    server.use(
      http.post('/api/accounts/:id/credentials', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(frontDeskCredential, { status: 201 });
      }),
      http.get('/api/accounts/:id/credentials/:credentialId/qr', ({ request }) => {
        qrRequests.push({ url: request.url, accept: request.headers.get('Accept') });
        return new HttpResponse(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), {
          headers: { 'Content-Type': 'image/png' },
        });
      }),
    );
    const { user } = renderHelene();

    await user.click(await screen.findByRole('button', { name: 'Afficher un QR code au guichet' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      'Une nouvelle lettre est émise : les précédentes ne fonctionneront plus.',
    );
    expect(bodies).toHaveLength(0);
    await user.click(
      within(dialog).getByRole('button', { name: 'Émettre et afficher le QR code' }),
    );

    const image = await screen.findByRole('img', { name: 'QR code de connexion de Hélène Dupré' });
    expect(image).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(bodies).toEqual([{ variant: 'QR', validityDays: 30 }]);
    expect(qrRequests).toEqual([
      {
        url: expect.stringContaining(
          `/api/accounts/${helene.id}/credentials/${frontDeskCredential.id}/qr`,
        ),
        accept: 'image/png',
      },
    ]);
    expect(screen.getByText('Valable jusqu’au 27 décembre 2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Masquer' }));
    expect(screen.queryByRole('img', { name: /QR code de connexion/ })).not.toBeInTheDocument();
  });

  it('explains, in the dialog, that an ENT account gets no letter', async () => {
    server.use(
      http.post('/api/accounts/:id/credentials', () =>
        problem({
          type: '/problems/not-eligible',
          title: 'Compte non éligible',
          status: 409,
          reason: 'ENT',
        }),
      ),
    );
    const { user } = renderHelene();
    await user.click(await screen.findByRole('button', { name: 'Afficher un QR code au guichet' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(
      within(dialog).getByRole('button', { name: 'Émettre et afficher le QR code' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Ce compte se connecte par l’ENT : il ne reçoit pas de lettre.',
    );
    expect(screen.queryByRole('img', { name: /QR code de connexion/ })).not.toBeInTheDocument();
  });

  it('links to the identity page when the public URL is missing', async () => {
    server.use(
      http.post('/api/accounts/:id/credentials', () =>
        problem({ type: '/problems/public-url-missing', title: 'Adresse manquante', status: 409 }),
      ),
    );
    const { user } = renderHelene();
    await user.click(await screen.findByRole('button', { name: 'Afficher un QR code au guichet' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(
      within(dialog).getByRole('button', { name: 'Émettre et afficher le QR code' }),
    );

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByRole('link')).toHaveAttribute('href', '/settings/identity');
  });

  it('revokes the current letters after confirmation, announces how many and refreshes', async () => {
    let revoked = false;
    server.use(
      http.get('/api/accounts/:id/credentials', () =>
        HttpResponse.json(
          heleneCredentials.map((credential) => ({
            ...credential,
            state: revoked ? 'REVOKED' : credential.state,
          })),
        ),
      ),
      http.post('/api/accounts/:id/credentials/revoke', () => {
        revoked = true;
        return HttpResponse.json({ affected: 1 });
      }),
    );
    const { user } = renderHelene();
    const table = await screen.findByRole('table', { name: /Lettres émises/ });
    expect(table).toHaveTextContent('Ouverte');

    await user.click(screen.getByRole('button', { name: 'Révoquer les lettres en cours' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Les lettres en cours de Hélène Dupré seront révoquées');
    await user.click(within(dialog).getByRole('button', { name: 'Révoquer les lettres' }));

    const section = screen.getByRole('region', { name: 'Lettres de connexion' });
    await waitFor(() =>
      expect(within(section).getByRole('status')).toHaveTextContent('1 lettre révoquée.'),
    );
    await waitFor(() => expect(table).not.toHaveTextContent('Ouverte'));
  });
});
