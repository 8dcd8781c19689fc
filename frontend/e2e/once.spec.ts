import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';
import { adminApi, withPublicUrl } from './letters';
import { xlsx } from './workbook';

// A secretary's browser: French, and a mouse that double-clicks out of habit.
test.use({ locale: 'fr-FR' });

/** Letters only: names with digits would read as typing mistakes. */
const tag = () =>
  Date.now()
    .toString(36)
    .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]);

async function countOf(request: APIRequestContext, url: string) {
  const body = (await (await request.get(url)).json()) as unknown[] | { total: number };
  return Array.isArray(body) ? body.length : body.total;
}

test('a double click on « Confirmer l’import » of a workbook imports once', async ({
  page,
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  await adminApi(request);
  const journal = '/api/audit-events?action=ACCOUNTS_IMPORTED&size=1';
  const importsBefore = await countOf(request, journal);
  const family = `Lefèvre${tag()}`;
  const rows = [['type', 'nom', 'prenom', 'classe', 'id_externe']];
  for (let i = 0; i < 40; i++)
    rows.push(['Élève', family, `Zoé${'abcdefghij'[i % 10]}${i}`, '6A', `${family}-${i}`]);

  await openSignedIn(page, '/accounts/import');
  await expect(
    page.getByText('Chaque fichier : 16 Mo au plus, 20 000 lignes au plus.'),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Télécharger un fichier d’exemple (CSV)' }),
  ).toHaveAttribute('download', 'exemple-comptes.csv');
  await expectNoSeriousAccessibilityViolation(page);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'comptes.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx(rows),
  });

  const report = page.getByRole('region', { name: 'Rapport d’import' });
  // The first workbook loads the spreadsheet reader: longer than a CSV on a busy machine.
  await expect(report.locator('.count', { hasText: 'À créer' })).toContainText('40', {
    timeout: 30_000,
  });
  await expect(report).toContainText('Classeur Excel (.xlsx)');
  // Each line names the person, and says what will happen, not what happened.
  const first = report.getByRole('row', { name: new RegExp(`${family} Zoéa0 `) });
  await expect(first).toContainText('À créer');
  await expectNoSeriousAccessibilityViolation(page);

  await page.getByRole('button', { name: 'Confirmer l’import' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toContainText(
    '40 créés',
  );
  await expect.poll(() => countOf(request, journal)).toBe(importsBefore + 1);
  expect(await countOf(request, `/api/accounts?q=${encodeURIComponent(family)}&size=1`)).toBe(40);

  // The browser's Back returns to the report, which is still there.
  await page.goBack();
  await expect(report).toBeVisible();
  await expect(report.locator('.count', { hasText: 'À créer' })).toContainText('40');
  await expectNoSeriousAccessibilityViolation(page);
  await request.dispose();
});

test('a double click duplicates a template once, creates one API key and one send', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const request = await playwright.request.newContext({ baseURL });
  const api = await adminApi(request);
  const restore = await withPublicUrl(api);
  await api.send('POST', '/api/accounts', {
    kind: 'PARENT',
    lastName: `Double${tag()}`,
    firstName: 'Claire',
  });
  const templates = '/api/templates?size=1';
  const templatesBefore = await countOf(request, templates);

  await openSignedIn(page, '/templates?audience=PARENT&variant=QR&language=fr');
  const original = page.getByRole('row').filter({
    has: page.getByRole('link', { name: 'Connexion – Responsables (QR code)', exact: true }),
  });
  await original.getByRole('button', { name: 'Dupliquer' }).dblclick();
  await expect(page).toHaveURL(/\/templates\/[0-9a-f-]{36}$/);
  await expect.poll(() => countOf(request, templates)).toBe(templatesBefore + 1);
  // The copy goes, so that the other specs find the shipped originals as they were.
  const copyId = /\/templates\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  const csrf = (await request.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value;
  await request.delete(`/api/templates/${copyId}`, { headers: { 'X-XSRF-TOKEN': csrf ?? '' } });

  const keysBefore = await countOf(request, '/api/api-keys');
  await page.goto('/settings/api-keys');
  await page.getByRole('textbox', { name: 'Nom' }).fill(`Double ${tag()}`);
  const readAccounts = page.getByRole('checkbox', { name: /Lire les comptes/ });
  await readAccounts.focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Créer la clé' }).dblclick();
  await expect(page.getByRole('textbox', { name: 'Clé secrète' })).toHaveValue(/^sk_/);
  await expectNoSeriousAccessibilityViolation(page);
  expect(await countOf(request, '/api/api-keys')).toBe(keysBefore + 1);

  const sendsBefore = await countOf(request, '/api/sends?size=1');
  await page.goto('/sends');
  await page.getByRole('button', { name: 'Vérifier (simulation)' }).dblclick();
  const issue = page.getByRole('button', { name: /^Émettre \d+ lettres?$/ });
  await expect(issue).toBeEnabled();
  await issue.dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Envoi' })).toBeVisible();
  await expect.poll(() => countOf(request, '/api/sends?size=1')).toBe(sendsBefore + 1);
  await restore();
  await request.dispose();
});
