import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { accounts, helene, identity, zoe } from '@/testing/fixtures';
import { admin } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const renderSignedIn = (path: string) => renderApp(path, { signedInAs: admin });

/** Answers the list with the given accounts and a large total, recording each request's query. */
function listHandler(total = 1234) {
  const queries: URLSearchParams[] = [];
  server.use(
    http.get('/api/accounts', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json({ items: accounts, total, page: 0, size: 50 });
    }),
  );
  return queries;
}

describe('accounts list', () => {
  it('shows the rows and the totals that the API answers', async () => {
    listHandler();
    renderSignedIn('/accounts');

    const table = await screen.findByRole('grid', { name: 'Comptes' });
    expect(
      await within(table).findByRole('rowheader', { name: 'Dupré Hélène' }),
    ).toBeInTheDocument();
    const zoeRow = within(table).getByRole('row', { name: /Lefèvre Zoé/ });
    expect(zoeRow).toHaveTextContent('6A');
    expect(zoeRow).toHaveTextContent('ENT');
    expect(zoeRow).toHaveTextContent('Provisoire');
    expect(screen.getByText(/^1–2 sur 1\s234$/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Élèves', selected: true })).toBeInTheDocument();
  });

  it('sends the kind, the debounced search and the sort, and keeps them in the URL', async () => {
    const queries = listHandler();
    const { user, router } = renderSignedIn('/accounts?kind=PARENT');
    await screen.findByRole('rowheader', { name: 'Dupré Hélène' });
    expect(queries.at(-1)?.get('kind')).toBe('PARENT');
    expect(queries.at(-1)?.get('sort')).toBe('lastName,asc');

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'helene');
    await waitFor(() => expect(queries.at(-1)?.get('q')).toBe('helene'));
    expect(queries.filter((q) => q.has('q'))).toHaveLength(1);

    await user.click(screen.getByRole('columnheader', { name: 'Identifiant' }));
    await waitFor(() => expect(queries.at(-1)?.get('sort')).toBe('login,asc'));
    expect(queries.at(-1)?.get('q')).toBe('helene');
    expect(queries.at(-1)?.get('kind')).toBe('PARENT');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toMatchObject({
      kind: 'PARENT',
      q: 'helene',
      sort: 'login,asc',
    });
  });

  it('asks for confirmation before deleting the selected accounts, then posts their ids', async () => {
    listHandler(2);
    let posted: unknown;
    server.use(
      http.post('/api/accounts/bulk', async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json({ affected: 2 });
      }),
    );
    const { user } = renderSignedIn('/accounts');
    const table = await screen.findByRole('grid', { name: 'Comptes' });
    await within(table).findByRole('rowheader', { name: 'Dupré Hélène' });

    const rows = within(table).getAllByRole('row').slice(1);
    for (const row of rows) await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByText('2 comptes sélectionnés')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Supprimer' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Les 2 comptes sélectionnés seront supprimés définitivement.');
    expect(posted).toBeUndefined();

    await user.click(within(dialog).getByRole('button', { name: 'Supprimer 2 comptes' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(posted).toEqual({ action: 'DELETE', accountIds: [helene.id, zoe.id] });
    expect(await screen.findByText('2 comptes modifiés.')).toBeInTheDocument();
  });

  it('cancelling the confirmation posts nothing', async () => {
    listHandler(2);
    let posts = 0;
    server.use(
      http.post('/api/accounts/bulk', () => (posts++, HttpResponse.json({ affected: 0 }))),
    );
    const { user } = renderSignedIn('/accounts');
    const table = await screen.findByRole('grid', { name: 'Comptes' });
    const row = await within(table).findByRole('row', { name: /Lefèvre Zoé/ });
    await user.click(within(row).getByRole('checkbox'));

    await user.click(screen.getByRole('button', { name: 'Passer en ENT' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Passer 1 compte en ENT');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(posts).toBe(0);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Passer en ENT' })).toHaveFocus(),
    );
  });

  it('warns that letters cannot be prepared while the public URL is missing', async () => {
    server.use(
      http.get('/api/identity', () => HttpResponse.json({ ...identity, publicUrl: null })),
    );
    renderSignedIn('/accounts');

    const alert = await screen.findByText(
      'L’adresse publique n’est pas renseignée : aucune lettre avec QR code ne peut être préparée.',
    );
    expect(alert.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: /Renseigner l’adresse publique/ })).toHaveAttribute(
      'href',
      '/settings/identity',
    );
  });

  it('links the CSV export to the current filters', async () => {
    listHandler();
    renderSignedIn('/accounts?kind=STUDENT&q=zo&className=6A&sort=login,desc&page=2');
    await screen.findByRole('rowheader', { name: 'Lefèvre Zoé' });

    const href = screen.getByRole('link', { name: 'Exporter (CSV)' }).getAttribute('href') ?? '';
    const [path, search] = href.split('?');
    expect(path).toBe('/api/accounts/export');
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({
      kind: 'STUDENT',
      q: 'zo',
      className: '6A',
    });
  });
});
