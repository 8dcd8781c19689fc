import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';
import { holdMs } from '@/components/ActionButton';

const hook = {
  id: '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091',
  url: 'https://ent.example.fr/hooks/sesame',
  events: ['letter.activated', 'send.completed'],
  createdAt: '2026-11-20T09:30:00Z',
  createdBy: 'admin',
};
const secret = 'whsec_Q2x7VbN0pL4sT9kR3mW8yZ1aC6dF5gH0';

describe('webhooks', () => {
  it('registers a webhook: field errors beside their fields, then the secret once with how to check signatures', async () => {
    const bodies: unknown[] = [];
    let hooks: (typeof hook)[] = [];
    server.use(
      http.get('/api/webhooks', () => HttpResponse.json(hooks)),
      http.post('/api/webhooks', async ({ request }) => {
        bodies.push(await request.json());
        if (bodies.length === 1) {
          return problem({
            type: '/problems/validation-failed',
            title: 'La requête contient des champs invalides',
            status: 400,
            errors: [
              {
                field: 'url',
                code: 'webhook.url.privateNetwork',
                message: 'cette adresse mène à un réseau interne',
              },
            ],
          });
        }
        hooks = [hook];
        return HttpResponse.json({ ...hook, secret }, { status: 201 });
      }),
    );
    const { user } = renderApp('/settings/webhooks', { signedInAs: admin });
    expect(await screen.findByText('Aucun webhook pour l’instant.')).toBeInTheDocument();

    const url = screen.getByRole('textbox', { name: 'Adresse (https)' });
    await user.type(url, 'https://10.0.0.5/hooks');
    await user.click(screen.getByRole('checkbox', { name: /Compte activé/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le webhook' }));

    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('cette adresse mène à un réseau interne'),
    );

    await user.clear(url);
    await user.type(url, hook.url);
    await user.click(screen.getByRole('checkbox', { name: /Envoi terminé/ }));
    // A press holds the button a moment when its request was never seen pending (a double click).
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le webhook' }));

    const field = await screen.findByRole('textbox', { name: 'Secret de signature' });
    expect(field).toHaveValue(secret);
    expect(screen.getByText(/Sesame-Signature: t=/)).toBeInTheDocument();
    expect(screen.getByText(/calculez le HMAC-SHA256/)).toBeInTheDocument();
    expect(bodies[1]).toEqual({ url: hook.url, events: ['letter.activated', 'send.completed'] });

    await user.click(screen.getByRole('button', { name: 'Je l’ai copié, fermer' }));

    expect(document.body.innerHTML).not.toContain(secret);
    const table = await screen.findByRole('table', { name: 'Les webhooks enregistrés' });
    const row = within(within(table).getByRole('row', { name: new RegExp(hook.url) }));
    expect(row.getByText('Compte activé')).toBeInTheDocument();
    expect(row.getByText('Envoi terminé')).toBeInTheDocument();
  });

  it('refuses an address that is not https before asking the server', async () => {
    let posted = false;
    server.use(
      http.get('/api/webhooks', () => HttpResponse.json([])),
      http.post('/api/webhooks', () => {
        posted = true;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const { user } = renderApp('/settings/webhooks', { signedInAs: admin });
    const url = await screen.findByRole('textbox', { name: 'Adresse (https)' });
    await user.type(url, 'http://ent.example.fr/hooks');
    await user.click(screen.getByRole('checkbox', { name: /Lettre bloquée/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer le webhook' }));

    await waitFor(() =>
      expect(url).toHaveAccessibleDescription(
        expect.stringContaining('L’adresse doit commencer par https://.'),
      ),
    );
    expect(posted).toBe(false);
  });

  it('deletes a webhook after confirmation', async () => {
    const deleted: string[] = [];
    server.use(
      http.get('/api/webhooks', () => HttpResponse.json(deleted.length ? [] : [hook])),
      http.delete('/api/webhooks/:id', ({ params }) => {
        deleted.push(String(params.id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp('/settings/webhooks', { signedInAs: admin });
    await user.click(await screen.findByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(hook.url);
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer le webhook' }));

    expect(await screen.findByText('Aucun webhook pour l’instant.')).toBeInTheDocument();
    expect(deleted).toEqual([hook.id]);
  });

  it('shows a webhook’s delivery log page by page, states in French', async () => {
    const pages: string[] = [];
    const delivery = {
      id: 'd1',
      event: 'letter.locked',
      eventId: 'e1',
      state: 'FAILED',
      attempts: 8,
      lastStatus: 503,
      lastError: 'Service Unavailable',
      createdAt: '2026-11-24T08:00:00Z',
      deliveredAt: null,
      nextAttemptAt: null,
    };
    server.use(
      http.get('/api/webhooks', () => HttpResponse.json([hook])),
      http.get(`/api/webhooks/${hook.id}/deliveries`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '0';
        pages.push(page);
        const items =
          page === '0'
            ? [delivery]
            : [{ ...delivery, id: 'd2', state: 'DELIVERED', lastStatus: 200, lastError: null }];
        return HttpResponse.json({ items, total: 51, page: Number(page), size: 50 });
      }),
    );
    const { user } = renderApp('/settings/webhooks', { signedInAs: admin });
    await user.click(await screen.findByRole('link', { name: 'Journal des livraisons' }));

    expect(
      await screen.findByRole('heading', { name: 'Journal des livraisons' }),
    ).toBeInTheDocument();
    expect(screen.getByText(hook.url)).toBeInTheDocument();
    const row = within(await screen.findByRole('row', { name: /Lettre bloquée/ }));
    expect(row.getByText('Échec')).toBeInTheDocument();
    expect(row.getByText('503')).toBeInTheDocument();
    expect(row.getByText('Service Unavailable')).toBeInTheDocument();
    expect(screen.getByText('1–1 sur 51')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));

    expect(await screen.findByText('Livrée')).toBeInTheDocument();
    expect(screen.getByText('51–51 sur 51')).toBeInTheDocument();
    expect(pages).toEqual(['0', '1']);
  });
});
