import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { adminApi, withPublicUrl } from './letters';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

test('an administrator checks a send, issues the letters and downloads their PDF', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Two parents to write to, and the public address letters point to.
  const request = await playwright.request.newContext({ baseURL });
  const api = await adminApi(request);
  await withPublicUrl(api);
  for (const lastName of ['Envoi-Un', 'Envoi-Deux']) {
    await api.send('POST', '/api/accounts', { kind: 'PARENT', lastName, firstName: 'Claire' });
  }
  await request.dispose();

  await openSignedIn(page, '/sends');
  await expect(page.getByRole('heading', { level: 1, name: 'Envois' })).toBeVisible();
  await page.getByRole('button', { name: 'Vérifier (simulation)' }).click();
  const report = page.getByRole('region', { name: 'Ce que fera l’envoi' });
  await expect(report).toContainText('seront émises');
  await expectNoSeriousAccessibilityViolation(page);
  const letters = Number(
    /(\d+) lettres seront émises/.exec((await report.textContent()) ?? '')?.[1],
  );
  expect(letters).toBeGreaterThanOrEqual(2);

  await page.getByRole('button', { name: `Émettre ${letters} lettres` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Envoi' })).toBeVisible();
  await expect(page.getByRole('grid', { name: `${letters} destinataires` })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);

  const href = await page
    .getByRole('link', { name: 'Télécharger les lettres (PDF, nouvel onglet)' })
    .getAttribute('href');
  const pdf = await page.request.get(href ?? '');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'sesame-send-')), 'lettres.pdf');
  writeFileSync(file, await pdf.body());
  const info = execFileSync('pdfinfo', [file]).toString('utf8');
  expect(info).toMatch(new RegExp(`Pages:\\s+${letters}\\b`));

  await page.getByRole('link', { name: '← Tous les envois' }).click();
  await expect(page.getByRole('table', { name: /Envois précédents/ })).toContainText(
    String(letters),
  );
});
