import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { parentsQrOriginal } from '@/testing/fixtures';
import { admin } from '@/testing/handlers';
import { chooseOption } from '@/testing/select';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const sendId = '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const send = {
  id: sendId,
  state: 'DONE',
  output: 'PDF',
  audience: 'PARENT',
  templateId: parentsQrOriginal.id,
  total: 3,
  eligible: 2,
  skipped: 1,
  done: 2,
  failed: 0,
  toPrint: 2,
  createdAt: '2026-11-25T09:00:00Z',
  createdBy: 'admin',
};

describe('sends', () => {
  it('lists past sends with their output, letters and state', async () => {
    server.use(
      http.get('/api/sends', () =>
        HttpResponse.json({
          items: [{ ...send, output: 'EMAIL', state: 'RUNNING', eligible: 40, toPrint: 3 }],
          total: 1,
          page: 0,
          size: 20,
        }),
      ),
    );
    renderApp('/sends', { signedInAs: admin });

    const history = await screen.findByRole('table', { name: /Envois précédents/ });
    const row = within(history).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Responsables');
    expect(row).toHaveTextContent('E-mail');
    expect(row).toHaveTextContent('40');
    expect(row).toHaveTextContent('En cours');
  });

  it('checks a send with a dry run, then issues the letters once and shows them', async () => {
    const dryRuns: unknown[] = [];
    const keys: (string | null)[] = [];
    server.use(
      http.post('/api/sends/dry-run', async ({ request }) => {
        dryRuns.push(await request.json());
        return HttpResponse.json({
          eligible: 2,
          skipped: [{ accountId: 'x', reason: 'ENT', lastName: 'Petit', firstName: 'Hugo' }],
          withoutEmail: [],
          recipients: [
            { accountId: 'a1', lastName: 'Dupré', firstName: 'Hélène', hasEmail: true },
            { accountId: 'a2', lastName: 'Martin', firstName: 'Paul', hasEmail: false },
          ],
          templateName: 'Connexion – Responsables (QR code)',
          expiresAt: '2026-12-31T10:00:00Z',
          problems: [],
          warnings: [],
        });
      }),
      http.post('/api/sends', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(send, { status: 201 });
      }),
      http.get(`/api/sends/${sendId}`, () => HttpResponse.json(send)),
      http.get(`/api/sends/${sendId}/recipients`, () =>
        HttpResponse.json({
          items: [
            {
              accountId: 'a1',
              displayName: 'Hélène Dupré',
              state: 'ISSUED',
              channel: 'PDF',
              error: null,
            },
            {
              accountId: 'a2',
              displayName: 'Paul Martin',
              state: 'USED',
              channel: 'PDF',
              error: null,
            },
            {
              accountId: 'a3',
              displayName: 'Zoé Lefèvre',
              state: 'ISSUED',
              channel: 'EMAIL',
              error: 'Connection refused',
            },
          ],
          total: 3,
          page: 0,
          size: 100,
        }),
      ),
    );
    const { user, router } = renderApp('/sends', { signedInAs: admin });

    await user.click(await screen.findByRole('button', { name: 'Vérifier (simulation)' }));
    const report = await screen.findByRole('region', { name: 'Ce que fera l’envoi' });
    expect(report).toHaveTextContent('2 lettres seront émises.');
    expect(report).toHaveTextContent('1 compte se connecte par l’ENT : pas de lettre.');
    // Which letter, until when, and who: by name, behind a disclosure.
    expect(report).toHaveTextContent('Lettre type : Connexion – Responsables (QR code).');
    expect(report).toHaveTextContent('Les lettres fonctionneront jusqu’au 31 décembre 2026.');
    await user.click(within(report).getByText('Voir les 2 personnes qui reçoivent une lettre'));
    expect(within(report).getByText('Dupré Hélène')).toBeVisible();
    expect(within(report).getByText('Martin Paul')).toBeVisible();
    await user.click(within(report).getByText('Voir la personne sans lettre'));
    expect(within(report).getByText('Petit Hugo : se connecte par l’ENT')).toBeVisible();
    expect(
      within(report).getByText(/Voir la première lettre telle qu’elle sera imprimée/),
    ).toBeInTheDocument();
    expect(dryRuns).toEqual([
      {
        templateId: parentsQrOriginal.id,
        audience: 'PARENT',
        output: 'PDF',
        validityDays: 30,
        selection: null,
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Émettre 2 lettres' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Envoi' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/sends/${sendId}`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      screen.getByRole('link', { name: 'Télécharger les lettres (PDF, nouvel onglet)' }),
    ).toHaveAttribute('href', `/api/sends/${sendId}/document`);
    expect(screen.getByRole('progressbar', { name: 'Lettres prêtes : 2 sur 2' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
    expect(screen.getByText('Envoi terminé : 2 lettres prêtes.')).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: '3 destinataires' });
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Paul MartinUtilisée');
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent(
      'Message du serveur d’e-mail : Connection refused',
    );
  });

  it('follows an e-mail send by reading it every second where the browser has no EventSource', async () => {
    let reads = 0;
    server.use(
      http.get(`/api/sends/${sendId}`, () => {
        reads += 1;
        return HttpResponse.json(
          reads === 1
            ? { ...send, output: 'EMAIL', state: 'RUNNING', done: 1, eligible: 3 }
            : { ...send, output: 'EMAIL', state: 'DONE', done: 3, eligible: 3 },
        );
      }),
      http.get(`/api/sends/${sendId}/recipients`, () =>
        HttpResponse.json({ items: [], total: 0, page: 0, size: 100 }),
      ),
    );
    renderApp(`/sends/${sendId}`, { signedInAs: admin });
    expect(
      await screen.findByRole('progressbar', { name: 'Lettres prêtes : 1 sur 3' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole(
        'progressbar',
        { name: 'Lettres prêtes : 3 sur 3' },
        { timeout: 5_000 },
      ),
    ).toHaveAttribute('aria-valuenow', '3');
  });

  it('blocks the send while the dry run finds a problem, and gives advice', async () => {
    server.use(
      http.post('/api/sends/dry-run', () =>
        HttpResponse.json({
          eligible: 0,
          skipped: [],
          withoutEmail: [],
          recipients: [],
          templateName: 'Connexion – Responsables (QR code)',
          expiresAt: '2026-12-31T10:00:00Z',
          problems: [{ code: 'NOBODY', message: 'Nobody in this selection gets a letter.' }],
          warnings: [{ code: 'STUDENT_QR', message: 'QR letters…' }],
        }),
      ),
    );
    const { user } = renderApp('/sends', { signedInAs: admin });
    await user.click(await screen.findByRole('button', { name: 'Vérifier (simulation)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'personne dans cette sélection ne reçoit de lettre',
    );
    expect(screen.getByText(/Conseil : distribuées en classe/)).toBeInTheDocument();
    // Nothing to issue: no « Émettre 0 lettre » button, a reason instead.
    expect(screen.queryByRole('button', { name: /Émettre/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Aucune lettre à émettre/)).toBeInTheDocument();
  });

  it('prints on the school’s printer: says which one and its state, and shows the dry run’s notices', async () => {
    const dryRuns: unknown[] = [];
    server.use(
      http.get('/api/printer', () =>
        HttpResponse.json({
          configured: true,
          uri: 'ipp://localhost:631/printers/Secretariat',
          name: 'Secretariat',
          state: 'UNREACHABLE',
          message: 'Connection refused',
        }),
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
          problems: [{ code: 'PRINTER_UNREACHABLE', message: 'The printer … does not answer' }],
          warnings: [],
        });
      }),
    );
    const { user } = renderApp('/sends', { signedInAs: admin });
    await screen.findByRole('button', { name: 'Vérifier (simulation)' });

    await chooseOption(
      user,
      'Sortie',
      'Impression directe (imprimante de l’établissement, ou fenêtre d’impression du navigateur)',
    );

    expect(
      await screen.findByText(
        'Les lettres iront à l’imprimante « Secretariat » : injoignable. Message de l’imprimante : Connection refused',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vérifier (simulation)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'l’imprimante ne répond pas : vérifiez qu’elle est allumée',
    );
    expect(screen.getByRole('button', { name: 'Émettre 2 lettres' })).toBeDisabled();
    expect(dryRuns).toMatchObject([{ output: 'PRINT' }]);
  });

  it('says the letters open in the browser’s print dialog when no printer is configured', async () => {
    server.use(
      http.get('/api/printer', () => HttpResponse.json({ configured: false })),
      http.post('/api/sends/dry-run', () =>
        HttpResponse.json({
          eligible: 2,
          skipped: [],
          withoutEmail: [],
          recipients: [],
          templateName: 'Connexion – Responsables (QR code)',
          expiresAt: '2026-12-31T10:00:00Z',
          problems: [],
          warnings: [{ code: 'PRINT_IN_BROWSER', message: 'No printer is configured…' }],
        }),
      ),
    );
    const { user } = renderApp('/sends', { signedInAs: admin });
    await screen.findByRole('button', { name: 'Vérifier (simulation)' });
    await chooseOption(
      user,
      'Sortie',
      'Impression directe (imprimante de l’établissement, ou fenêtre d’impression du navigateur)',
    );
    expect(
      await screen.findByText(/la console ouvrira les lettres dans la fenêtre d’impression/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vérifier (simulation)' }));

    expect(
      await screen.findByText(
        'Aucune imprimante n’est configurée : les lettres s’ouvriront dans la fenêtre d’impression du navigateur.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Émettre 2 lettres' })).toBeEnabled();
  });
});
