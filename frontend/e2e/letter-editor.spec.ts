import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';
import { adminApi, withPublicUrl } from './letters';

test.use({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });

const original = 'Connexion – Responsables (QR code)';
const copy = `Copie de ${original}`;

const rowOf = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

/** The text of a PDF as `pdftotext -layout` reads it: a table row stays on one line. */
async function pdfText(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'sesame-editor-')), 'apercu.pdf');
  await (await download).saveAs(file);
  return execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
}

test('a copy of an original edited in the visual editor keeps its credentials table', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openSignedIn(page, '/templates?audience=PARENT&variant=QR&language=fr');
  await expect(page.getByText(/Un original peut être modifié directement/)).toBeVisible();
  await rowOf(page, original).getByRole('button', { name: 'Dupliquer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: copy })).toBeVisible();

  // The visual editor opens (the original's layout round-trips), with room for the text.
  const editor = page.getByRole('textbox', { name: 'Texte de la lettre' });
  await expect(editor).toBeVisible();
  await expect(editor.locator('table.credentials')).toHaveCount(2);
  const width = (await editor.boundingBox())?.width ?? 0;
  console.log(`visual editor text column at 1280 px: ${Math.round(width)} px`);
  expect(width).toBeGreaterThanOrEqual(560);

  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Bonne rentrée à tous.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/Version 2/)).toBeVisible();
  // The editor opened again on the stored body is no edit: the page says it is saved, and stays so.
  const status = page.getByRole('status').filter({ hasText: 'La lettre type est enregistrée.' });
  await expect(status).toBeVisible();
  await expect(editor).toContainText('Bonne rentrée à tous.');
  await page.waitForTimeout(500);
  await expect(status).toBeVisible();
  await expect(page.getByText('Modifications non enregistrées')).toHaveCount(0);
  await expectNoSeriousAccessibilityViolation(page);

  // The saved HTML still has the tables, their classes and one cell per label.
  await page.getByRole('tab', { name: 'HTML' }).click();
  const html = page.getByRole('textbox', { name: 'HTML de la lettre' });
  await expect(html).toHaveValue(
    /<table class="credentials"><tbody><tr><td>Identifiant<\/td><td class="value">\{\{login\}\}<\/td><\/tr>/,
  );
  await expect(html).toHaveValue(/Bonne rentrée à tous\./);

  // The PDF prints the label and the login apart, one row per line: not « Identifiantseverine… ».
  const text = await pdfText(page, 'Télécharger l’aperçu PDF');
  const loginLine = text.split('\n').find((line) => /^\s*Identifiant\s/.test(line)) ?? '';
  expect(loginLine).toMatch(/^\s*Identifiant\s{2,}\S+\s*$/);
  const codeLine = text.split('\n').find((line) => line.includes('Code de sécurité')) ?? '';
  expect(codeLine).toMatch(/Code de sécurité\s{2,}\S+/);
  expect(text).not.toMatch(/Identifiant\S/);
  expect(text).toContain('Bonne rentrée à tous.');
});

test('letters for a selection: the dry run names the people, the letter and its expiry', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const request = await playwright.request.newContext({ baseURL });
  const api = await adminApi(request);
  await withPublicUrl(api);
  const tag = `Choix${Date.now().toString(36)}`;
  for (const firstName of ['Séverine', 'Yves']) {
    await api.send('POST', '/api/accounts', { kind: 'PARENT', lastName: tag, firstName });
  }
  await request.dispose();

  await openSignedIn(page, `/accounts?kind=PARENT&q=${tag}`);
  const table = page.getByRole('grid');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('columnheader', { name: 'Enfants' })).toBeVisible();
  // The search keeps only the two: tick each box as a mouse does. (A click on the checkbox's
  // `<label>` is aimed by Playwright at its visually hidden input, which the cell covers.)
  for (const firstName of ['Séverine', 'Yves']) {
    const row = table.getByRole('row', { name: new RegExp(`${tag} ${firstName}`) });
    await row.locator('.checkbox-box').click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.getByText('2 comptes sélectionnés')).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);
  await page.getByRole('button', { name: 'Envoyer une lettre aux 2 personnes choisies' }).click();

  // The wizard names the chosen people and offers only French letters for parents.
  await expect(page.getByRole('heading', { level: 1, name: 'Envois' })).toBeVisible();
  // (Exact: the grid's announcement « … sélectionné. » stays in the page.)
  await expect(page.getByText(`${tag} Séverine`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${tag} Yves`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Vérifier (simulation)' }).click();
  const report = page.getByRole('region', { name: 'Ce que fera l’envoi' });
  await expect(report).toContainText('2 lettres seront émises.');
  await expect(report).toContainText(/Lettre type\s:\sConnexion – Responsables/);
  await expect(report).toContainText(/Les lettres fonctionneront jusqu’au \d{1,2} \S+ \d{4}\./);
  await report.getByText('Voir les 2 personnes qui reçoivent une lettre').click();
  await expect(report.getByText(`${tag} Séverine`, { exact: true })).toBeVisible();
  await expect(report.getByText(`${tag} Yves`, { exact: true })).toBeVisible();
  await report.getByText(/Voir la première lettre telle qu’elle sera imprimée/).click();
  await expect(report.getByRole('img', { name: /Première page de la lettre de/ })).toBeVisible({
    timeout: 30_000,
  });
  await expectNoSeriousAccessibilityViolation(page);

  await page.getByRole('button', { name: 'Émettre 2 lettres' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Envoi' })).toBeVisible();
  await expect(page.locator('dl.who')).toContainText(original);
  await expectNoSeriousAccessibilityViolation(page);
  await page.getByRole('link', { name: '← Tous les envois' }).click();
  await expect(page.getByRole('table', { name: /Envois précédents/ })).toContainText(original);

  // The journal names the people, not their ids.
  await page.goto('/audit');
  await expect(page.getByRole('table')).toContainText(new RegExp(`Compte\\s:\\s${tag} Séverine`));
  await expectNoSeriousAccessibilityViolation(page);
});
