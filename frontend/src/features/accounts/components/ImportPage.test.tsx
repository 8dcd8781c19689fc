import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dryRunReport } from '@/testing/fixtures';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const csv = 'type;nom;prenom;classe\nÉlève;Lefèvre;Zoé;6A\n';

async function chooseFile(view: ReturnType<typeof renderApp>) {
  await screen.findByRole('button', { name: 'Choisir un ou plusieurs fichiers' });
  const input = view.container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
  if (input === null) throw new Error('no file input');
  await view.user.upload(input, new File([csv], 'comptes.csv', { type: 'text/csv' }));
}

describe('import wizard', () => {
  it('shows the dry-run report, then imports the same file without dryRun', async () => {
    // jsdom's File cannot be read by the fetch of the test environment (Node's), so this checks the
    // multipart part is there; e2e/accounts-import.spec.ts checks a real file goes through.
    const calls: { dryRun: string | null; hasFilePart: boolean; key: string | null }[] = [];
    server.use(
      http.post('/api/accounts/import', async ({ request }) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun');
        const body = await request.text();
        const key = request.headers.get('Idempotency-Key');
        calls.push({ dryRun, hasFilePart: body.includes('name="file"'), key });
        return HttpResponse.json({ ...dryRunReport, dryRun: dryRun === 'true' });
      }),
    );
    const view = renderApp('/accounts/import', { signedInAs: admin });

    expect(await screen.findByText(/16 Mo au plus, 20\s000 lignes au plus/)).toBeVisible();
    await chooseFile(view);

    const report = await screen.findByRole('region', { name: 'Rapport d’import' });
    expect(within(report).getAllByText('À créer')[0]?.nextElementSibling).toHaveTextContent('2');
    // A dry run speaks of what will happen, and names each person.
    expect(within(report).getByRole('row', { name: /Lefèvre Zoé/ })).toHaveTextContent('À créer');
    expect(within(report).getByText('Inchangés').nextElementSibling).toHaveTextContent('1');
    expect(report).toHaveTextContent('Encodage détecté : windows-1252 · séparateur : « ; »');
    expect(report).toHaveTextContent('Colonnes inconnues, ignorées : remarque');
    expect(within(report).getAllByRole('row')).toHaveLength(4);
    expect(calls).toEqual([{ dryRun: 'true', hasFilePart: true, key: null }]);
    expect(screen.getByRole('heading', { level: 2, name: '2. Vérifier le rapport' })).toHaveFocus();

    await view.user.click(screen.getByRole('button', { name: 'Confirmer l’import' }));

    expect(
      await screen.findByText(
        'Import terminé : 2 créés, 0 mis à jour, 1 inchangés, 0 marqués comme partis.',
      ),
    ).toBeInTheDocument();
    expect(calls[1]).toMatchObject({ dryRun: null, hasFilePart: true });
    // The preview's id confirms it once, however often it is confirmed.
    expect(calls[1]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(view.router.state.location.search).toContain('etape=3');
    expect(screen.getByRole('link', { name: 'Voir la liste des comptes' })).toHaveAttribute(
      'href',
      '/accounts',
    );

    // The browser's Back returns to the report, not to an empty first step.
    await act(() => view.router.navigate(-1));
    expect(await screen.findByRole('region', { name: 'Rapport d’import' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '2. Vérifier le rapport' })).toBeVisible();
  });

  it('lists error lines first and offers no import while the file has errors', async () => {
    server.use(
      http.post('/api/accounts/import', () =>
        HttpResponse.json({
          ...dryRunReport,
          errors: 1,
          lines: [
            ...dryRunReport.lines,
            {
              line: 5,
              outcome: 'ERROR',
              login: null,
              errors: [
                { column: 'email', code: 'email.invalid', message: 'adresse e-mail invalide' },
              ],
            },
          ],
        }),
      ),
    );
    const view = renderApp('/accounts/import', { signedInAs: admin });

    await chooseFile(view);

    const report = await screen.findByRole('region', { name: 'Rapport d’import' });
    const [, first] = within(report).getAllByRole('row');
    expect(first).toHaveTextContent('5Erreuremail : adresse e-mail invalide');
    expect(screen.queryByRole('button', { name: 'Confirmer l’import' })).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('1 ligne est en erreur');
  });

  it('sends every chosen export, then says what it read and who will be marked as left', async () => {
    let fileParts = 0;
    server.use(
      http.post('/api/accounts/import', async ({ request }) => {
        fileParts = (await request.text()).split('name="file"').length - 1;
        return HttpResponse.json({
          ...dryRunReport,
          format: 'SIECLE_PUPILS',
          encoding: 'iso-8859-15',
          separator: null,
          unknownColumns: [],
          left: 1,
          files: [
            {
              name: 'ElevesSansAdresses.xml',
              format: 'SIECLE_PUPILS',
              encoding: 'iso-8859-15',
              zipped: true,
            },
            {
              name: 'ResponsablesAvecAdresses.xml',
              format: 'SIECLE_GUARDIANS',
              encoding: 'iso-8859-15',
              zipped: true,
            },
          ],
          leavers: [
            {
              id: '4f1c2d3e-0000-4000-8000-000000000001',
              kind: 'STUDENT',
              login: 'zoe.coeur',
              lastName: 'CŒUR',
              firstName: 'Zoé',
            },
          ],
          warnings: [
            'Noé GROUPE (ELEVE_ID 5) has no class, only the group LATIN: imported without one.',
          ],
        });
      }),
    );
    const view = renderApp('/accounts/import', { signedInAs: admin });
    await screen.findByRole('button', { name: 'Choisir un ou plusieurs fichiers' });
    const input =
      view.container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (input === null) throw new Error('no file input');
    await view.user.upload(input, [
      new File(['PK'], 'ExportXML_ElevesSansAdresses.zip', { type: 'application/zip' }),
      new File(['PK'], 'ExportXML_ResponsablesAvecAdresses.zip', { type: 'application/zip' }),
    ]);

    const report = await screen.findByRole('region', { name: 'Rapport d’import' });
    expect(fileParts).toBe(2);
    expect(report).toHaveTextContent(
      'ElevesSansAdresses.xml : SIECLE élèves, encodage iso-8859-15',
    );
    expect(report).toHaveTextContent('ResponsablesAvecAdresses.xml : SIECLE responsables');
    expect(within(report).getByRole('region', { name: 'À savoir' })).toHaveTextContent(
      'only the group LATIN',
    );
    expect(
      within(report).getByRole('region', {
        name: '1 personne sera marquée comme partie (ses lettres en cours seront révoquées)',
      }),
    ).toHaveTextContent('CŒUR Zoé (Élève, zoe.coeur)');
    expect(within(report).getByText('Parties').nextElementSibling).toHaveTextContent('1');
  });

  it('shows the title and detail of an unreadable file', async () => {
    server.use(
      http.post('/api/accounts/import', () =>
        problem({
          type: '/problems/import-unreadable',
          title: 'Fichier illisible',
          status: 422,
          detail: 'La colonne obligatoire « nom » manque.',
        }),
      ),
    );
    const view = renderApp('/accounts/import', { signedInAs: admin });

    await chooseFile(view);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fichier illisible');
    expect(alert).toHaveTextContent('La colonne obligatoire « nom » manque.');
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('shows the report of a refused import (422 import-has-errors)', async () => {
    server.use(
      http.post('/api/accounts/import', ({ request }) =>
        new URL(request.url).searchParams.get('dryRun') === 'true'
          ? HttpResponse.json(dryRunReport)
          : problem({
              type: '/problems/import-has-errors',
              title: 'Le fichier contient des erreurs',
              status: 422,
              detail: 'Rien n’a été importé.',
              report: {
                ...dryRunReport,
                dryRun: false,
                errors: 1,
                lines: [
                  {
                    line: 3,
                    outcome: 'ERROR',
                    login: 'helene.dupre',
                    errors: [
                      {
                        column: 'identifiant',
                        code: 'login.taken',
                        message: 'identifiant déjà pris',
                      },
                    ],
                  },
                ],
              },
            }),
      ),
    );
    const view = renderApp('/accounts/import', { signedInAs: admin });
    await chooseFile(view);
    await view.user.click(await screen.findByRole('button', { name: 'Confirmer l’import' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le fichier contient des erreurs');
    expect(alert).toHaveTextContent('Rien n’a été importé.');
    const reports = screen.getAllByRole('region', { name: 'Rapport d’import' });
    expect(reports.at(-1)).toHaveTextContent('identifiant : identifiant déjà pris');
  });
});
