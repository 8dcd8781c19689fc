import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { helene, zoe } from '@/testing/fixtures';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';
import { holdMs } from '@/components/ActionButton';

describe('account form', () => {
  it('creates a parent with a child picked by a student search, showing 400 and 409 answers', async () => {
    const searches: URLSearchParams[] = [];
    const bodies: unknown[] = [];
    server.use(
      http.get('/api/accounts', ({ request }) => {
        const query = new URL(request.url).searchParams;
        searches.push(query);
        return HttpResponse.json({ items: [zoe], total: 1, page: 0, size: 20 });
      }),
      http.post('/api/accounts', async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? problem({
              type: '/problems/validation-failed',
              title: 'Champs invalides',
              status: 400,
              errors: [
                { field: 'email', code: 'email.invalid', message: 'Adresse e-mail invalide.' },
              ],
            })
          : problem({
              type: '/problems/conflict',
              title: 'Conflit',
              status: 409,
              detail: 'L’identifiant helene.dupre est déjà pris.',
            });
      }),
    );
    const { user } = renderApp('/accounts/new?kind=PARENT', { signedInAs: admin });

    await user.type(await screen.findByRole('textbox', { name: 'Nom' }), 'Dupré');
    await user.type(screen.getByRole('textbox', { name: 'Prénom' }), 'Hélène');
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'helene@example');
    await user.type(screen.getByRole('combobox', { name: 'Enfants' }), 'zoe');
    await user.click(await screen.findByRole('option', { name: 'Lefèvre Zoé (6A)' }));
    expect(searches.at(-1)?.get('kind')).toBe('STUDENT');
    expect(searches.at(-1)?.get('q')).toBe('zoe');
    const chosen = screen.getByRole('list', { name: 'Enfants rattachés' });
    expect(within(chosen).getByText(/Lefèvre Zoé \(6A\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));
    const email = screen.getByRole('textbox', { name: 'E-mail' });
    await waitFor(() => expect(email).toHaveAccessibleDescription('Adresse e-mail invalide.'));
    expect(bodies[0]).toMatchObject({
      kind: 'PARENT',
      lastName: 'Dupré',
      firstName: 'Hélène',
      login: null,
      email: 'helene@example',
      className: null,
      childrenIds: [zoe.id],
      connectionMode: 'DIRECT',
    });

    await user.type(email, '.fr');
    // A press holds the button a moment when its request was never seen pending (a double click).
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    await user.click(screen.getByRole('button', { name: 'Créer le compte' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Conflit');
    expect(alert).toHaveTextContent('L’identifiant helene.dupre est déjà pris.');
  });

  it('deletes an account after confirmation and goes back to its list', async () => {
    let deleted: string | undefined;
    server.use(
      http.delete('/api/accounts/:id', ({ params }) => {
        deleted = String(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = renderApp(`/accounts/${helene.id}`, { signedInAs: admin });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dupré Hélène' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Lefèvre Zoé \(6A\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Supprimer ce compte' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Le compte de Hélène Dupré sera supprimé définitivement');
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/accounts'));
    expect(router.state.location.search).toBe('?kind=PARENT');
    expect(deleted).toBe(helene.id);
  });
});
