import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';
import { adminApi } from './letters';
import { siecleEleves, siecleResponsables, zipOne } from './school-exports';

const uai = '0751234J';

const pupils = [
  { id: 'E2E-S1', lastName: 'CŒUR', firstName: 'Zoé', division: '3A' },
  { id: 'E2E-S2', lastName: 'SIECLE', firstName: 'Léo', division: '4B' },
];
const guardians = [
  {
    id: 'E2E-P1',
    lastName: 'CŒUR',
    firstName: 'Anne',
    email: 'anne.coeur@example.fr',
    pupils: ['E2E-S1'],
  },
];

async function chooseExports(page: import('@playwright/test').Page, eleves: Buffer) {
  await page.locator('input[type="file"]').setInputFiles([
    { name: 'ExportXML_ElevesSansAdresses.zip', mimeType: 'application/zip', buffer: eleves },
    {
      name: 'ExportXML_ResponsablesAvecAdresses.zip',
      mimeType: 'application/zip',
      buffer: zipOne('ResponsablesAvecAdresses.xml', siecleResponsables(uai, guardians)),
    },
  ]);
}

test('the secretary imports SIECLE zips, then next year’s marks the pupil who left', async ({
  page,
  request,
}) => {
  // Two imports, each a dry run then the real one, and five pages checked for accessibility.
  test.setTimeout(120_000);
  const api = await adminApi(request);
  const identity = (await (await api.get('/api/identity')).json()) as Record<string, unknown>;
  await api.send('PUT', '/api/identity', { ...identity, uai });
  try {
    await openSignedIn(page, '/accounts');
    await page.getByRole('link', { name: 'Importer (CSV, SIECLE, STS-Web, ONDE)' }).click();
    await chooseExports(page, zipOne('ElevesSansAdresses.xml', siecleEleves(uai, pupils)));

    const report = page.getByRole('region', { name: 'Rapport d’import' });
    await expect(report).toContainText(
      'ElevesSansAdresses.xml : SIECLE élèves, encodage iso-8859-15',
    );
    await expect(report).toContainText('ResponsablesAvecAdresses.xml : SIECLE responsables');
    await expect(report.locator('.count', { hasText: 'À créer' })).toContainText('3');
    await expectNoSeriousAccessibilityViolation(page);
    await page.getByRole('button', { name: 'Confirmer l’import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toContainText(
      '3 créés',
    );

    await page.goto('/accounts?kind=STUDENT&q=coeur');
    await expect(page.getByRole('row', { name: /CŒUR Zoé/ })).toContainText('3A');
    await page.goto('/accounts?kind=PARENT&q=coeur');
    await page.getByRole('link', { name: 'CŒUR Anne' }).click();
    await expect(page.getByRole('list', { name: 'Enfants rattachés' })).toContainText('CŒUR Zoé');

    // Next September: Zoé is no longer in the export; her mother has no child left at school.
    await page.goto('/accounts/import');
    await chooseExports(page, zipOne('ElevesSansAdresses.xml', siecleEleves(uai, pupils.slice(1))));
    const next = page.getByRole('region', { name: 'Rapport d’import' });
    const leavers = next.getByRole('region', { name: /2 personnes seront marquées comme parties/ });
    await expect(leavers).toContainText('CŒUR Zoé');
    await expect(leavers).toContainText('CŒUR Anne');
    await expectNoSeriousAccessibilityViolation(page);
    await page.getByRole('button', { name: 'Confirmer l’import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toContainText(
      '2 marqués comme partis',
    );

    await page.goto('/accounts?kind=STUDENT&status=LEFT&q=coeur');
    await expect(page.getByRole('row', { name: /CŒUR Zoé/ })).toContainText(
      'A quitté l’établissement',
    );
    await expectNoSeriousAccessibilityViolation(page);
  } finally {
    await api.send('PUT', '/api/identity', identity);
  }
});
