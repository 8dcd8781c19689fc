import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { studentsCustomised } from '@/testing/fixtures';
import { admin } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { chooseOption } from '@/testing/select';
import { server } from '@/testing/server';

const rows = [
  {
    kind: 'STUDENT',
    className: '6A',
    total: 28,
    activated: 19,
    waiting: 6,
    withoutLetter: 2,
    ent: 1,
  },
  {
    kind: 'STUDENT',
    className: null,
    total: 2,
    activated: 1,
    waiting: 0,
    withoutLetter: 1,
    ent: 0,
  },
  { kind: 'PARENT', className: null, total: 4, activated: 0, waiting: 0, withoutLetter: 0, ent: 4 },
];

function serveSummary() {
  const kinds: (string | null)[] = [];
  server.use(
    http.get('/api/accounts/activation-summary', ({ request }) => {
      const kind = new URL(request.url).searchParams.get('kind');
      kinds.push(kind);
      return HttpResponse.json(kind ? rows.filter((row) => row.kind === kind) : rows);
    }),
  );
  return kinds;
}

describe('activation follow-up', () => {
  it('shows each audience and class with its counts and share activated (ENT aside)', async () => {
    serveSummary();
    renderApp('/activations', { signedInAs: admin });

    const table = await screen.findByRole('table', { name: /Activations par type de compte/ });
    const sixA = within(within(table).getByRole('row', { name: /Élèves 6A/ }));
    expect(sixA.getAllByRole('cell').map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(['28', '19', '6', '2', '1']),
    );
    // 19 of the 27 accounts that need a letter: 70 %.
    expect(
      sixA.getByRole('meter', { name: 'Part des comptes activés : Élèves 6A' }),
    ).toHaveAttribute('aria-valuenow', String((100 * 19) / 27));
    const parents = within(within(table).getByRole('row', { name: /Responsables/ }));
    expect(parents.getByText('Aucun compte à activer')).toBeInTheDocument();
    // The send's filter cannot target students without a class: no send offered there.
    const noClass = within(within(table).getByRole('row', { name: /Élèves sans classe/ }));
    expect(noClass.getByRole('link', { name: /Voir les comptes/ })).toBeInTheDocument();
    expect(noClass.queryByRole('link', { name: /Envoyer une lettre/ })).toBeNull();
    expect(parents.queryByRole('link', { name: /Envoyer une lettre/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Activations' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('links each row to the accounts list filtered on who has not activated', async () => {
    serveSummary();
    const searches: string[] = [];
    server.use(
      http.get('/api/accounts', ({ request }) => {
        searches.push(new URL(request.url).search);
        return HttpResponse.json({ items: [], total: 0, page: 0, size: 50 });
      }),
    );
    const { user, router } = renderApp('/activations', { signedInAs: admin });

    const link = await screen.findByRole('link', {
      name: 'Voir les comptes non activés (Élèves 6A)',
    });
    expect(link).toHaveAttribute('href', '/accounts?kind=STUDENT&className=6A&passwordState=NONE');
    expect(
      screen.getByRole('link', { name: 'Voir les comptes non activés (Responsables)' }),
    ).toHaveAttribute('href', '/accounts?kind=PARENT&passwordState=NONE');

    await user.click(link);

    expect(await screen.findByRole('tab', { name: 'Élèves', selected: true })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=STUDENT&className=6A&passwordState=NONE');
    const query = new URLSearchParams(searches.at(-1));
    expect(query.get('className')).toBe('6A');
    expect(query.get('passwordState')).toBe('NONE');
  });

  it('opens the wizard for the class’s accounts without a password, through the dry run', async () => {
    serveSummary();
    const dryRuns: unknown[] = [];
    server.use(
      http.get('/api/templates', () =>
        HttpResponse.json({ items: [studentsCustomised], total: 1, page: 0, size: 50 }),
      ),
      http.post('/api/sends/dry-run', async ({ request }) => {
        dryRuns.push(await request.json());
        return HttpResponse.json({
          eligible: 2,
          skipped: [],
          withoutEmail: [],
          recipients: [],
          templateName: 'Connexion – Responsables (QR code)',
          expiresAt: '2026-12-31T10:00:00Z',
          problems: [],
          warnings: [],
        });
      }),
    );
    const { user, router } = renderApp('/activations', { signedInAs: admin });

    await user.click(
      await screen.findByRole('link', {
        name: 'Envoyer une lettre à ceux qui n’en ont pas (Élèves 6A)',
      }),
    );

    expect(
      await screen.findByText(
        'Seulement les comptes de la classe 6A qui n’ont pas encore choisi leur mot de passe',
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sends');
    await user.click(screen.getByRole('button', { name: 'Vérifier (simulation)' }));
    await screen.findByRole('button', { name: 'Émettre 2 lettres' });
    expect(dryRuns).toEqual([
      {
        templateId: studentsCustomised.id,
        audience: 'STUDENT',
        output: 'PDF',
        validityDays: 30,
        selection: { filter: { className: '6A', passwordState: 'NONE' } },
      },
    ]);
  });

  it('filters on one kind of account, through the URL', async () => {
    const kinds = serveSummary();
    const { user, router } = renderApp('/activations', { signedInAs: admin });
    await screen.findByRole('row', { name: /Élèves 6A/ });

    await chooseOption(user, 'Type de compte', 'Responsables');

    expect(await screen.findByRole('row', { name: /Responsables/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /Élèves 6A/ })).toBeNull();
    expect(router.state.location.search).toBe('?kind=PARENT');
    expect(kinds).toEqual([null, 'PARENT']);
  });
});
