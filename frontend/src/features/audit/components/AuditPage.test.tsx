import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { helene } from '@/testing/fixtures';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { chooseOption } from '@/testing/select';
import { server } from '@/testing/server';

const sendId = '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const events = [
  {
    id: 3,
    occurredAt: '2026-11-25T09:05:00Z',
    actor: 'admin',
    action: 'SEND_CREATED',
    targetType: 'SEND',
    targetId: sendId,
    targetName: 'Connexion – Responsables (QR code)',
    clientAddress: '192.0.2.10',
    details: { count: 28, accountIds: ['a1', 'a2', 'a3'] },
  },
  {
    id: 2,
    occurredAt: '2026-11-25T08:00:00Z',
    actor: 'api-key:Portail régional',
    action: 'WEBHOOK_PAUSED',
    targetType: null,
    targetId: null,
    clientAddress: null,
    details: {},
  },
];

function serveEvents(total = events.length) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get('/api/audit-events', ({ request }) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      return HttpResponse.json({ items: events, total, page: Number(query.get('page')), size: 50 });
    }),
  );
  return queries;
}

describe('audit journal', () => {
  it('shows each event in French: date, actor, action, target, address and details', async () => {
    serveEvents();
    renderApp('/audit', { signedInAs: admin });

    const table = await screen.findByRole('table', { name: /Événements du journal/ });
    const sent = within(within(table).getAllByRole('row')[1]!);
    expect(sent.getByText('25 novembre 2026 à 10:05')).toBeInTheDocument();
    expect(sent.getByText('Envoi lancé')).toBeInTheDocument();
    // The target by its name, not its id.
    expect(
      sent.getByRole('link', { name: 'Envoi : Connexion – Responsables (QR code)' }),
    ).toHaveAttribute('href', `/sends/${sendId}`);
    expect(sent.getByText('192.0.2.10')).toBeInTheDocument();
    expect(sent.getByText('Nombre : 28 · Comptes : 3 éléments')).toBeInTheDocument();
    // An action this console does not know yet is shown as the server wrote it.
    expect(within(within(table).getAllByRole('row')[2]!).getByText('WEBHOOK_PAUSED')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Journal' })).toHaveAttribute('aria-current', 'page');
  });

  it('filters, keeps the filters in the URL, and exports the same filters as CSV', async () => {
    const queries = serveEvents();
    const { user, router } = renderApp('/audit', { signedInAs: admin });
    await screen.findByText('Envoi lancé');

    await user.type(screen.getByRole('textbox', { name: 'Auteur' }), 'admin');
    await chooseOption(user, 'Action', 'Lettres révoquées (plusieurs comptes)');
    // The person by name, not by id.
    await user.type(screen.getByRole('combobox', { name: 'Personne' }), 'Dupré');
    await user.click(await screen.findByRole('option', { name: /^Dupré Hélène/ }));
    await user.type(screen.getByLabelText('Depuis le'), '2026-11-01T08:30');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    const from = new Date('2026-11-01T08:30').toISOString();
    await waitFor(() => expect(queries.at(-1)?.get('actor')).toBe('admin'));
    const query = queries.at(-1)!;
    expect(query.get('action')).toBe('ACCOUNTS_REVOKE_LETTERS');
    expect(query.get('accountId')).toBe(helene.id);
    expect(query.get('from')).toBe(from);
    expect(query.get('to')).toBeNull();
    expect(query.get('page')).toBe('0');
    expect(router.state.location.search).toBe(
      `?actor=admin&action=ACCOUNTS_REVOKE_LETTERS&accountId=${helene.id}&from=2026-11-01T08%3A30`,
    );
    const exportUrl = new URL(
      screen.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href') ?? '',
      'http://localhost',
    );
    expect(exportUrl.pathname).toBe('/api/audit-events/export');
    expect(Object.fromEntries(exportUrl.searchParams)).toEqual({
      actor: 'admin',
      action: 'ACCOUNTS_REVOKE_LETTERS',
      accountId: helene.id,
      from,
    });
  });

  it('pages through the journal', async () => {
    const queries = serveEvents(120);
    const { user } = renderApp('/audit', { signedInAs: admin });
    expect(await screen.findByText('1–2 sur 120')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Page suivante' }));

    await waitFor(() => expect(queries.at(-1)?.get('page')).toBe('1'));
    expect(queries.at(-1)?.get('size')).toBe('50');
    expect(await screen.findByText('51–52 sur 120')).toBeInTheDocument();
  });

  it('shows a refused filter’s error beside its field', async () => {
    server.use(
      http.get('/api/audit-events', ({ request }) =>
        new URL(request.url).searchParams.has('sendId')
          ? problem({
              type: '/problems/validation-failed',
              title: 'La requête contient des champs invalides',
              status: 400,
              errors: [{ field: 'sendId', code: 'field.invalid', message: 'doit être un UUID' }],
            })
          : HttpResponse.json({ items: [], total: 0, page: 0, size: 50 }),
      ),
    );
    const { user } = renderApp('/audit', { signedInAs: admin });
    const sendField = await screen.findByRole('textbox', { name: 'Identifiant de l’envoi' });
    await user.type(sendField, 'pas-un-uuid');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    await waitFor(() => expect(sendField).toHaveAttribute('aria-invalid', 'true'));
    expect(sendField).toHaveAccessibleDescription('doit être un UUID');

    await user.clear(sendField);
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));

    expect(await screen.findByText('Aucun événement ne correspond à ces critères.')).toBeVisible();
    expect(sendField).not.toHaveAttribute('aria-invalid');
  });
});
