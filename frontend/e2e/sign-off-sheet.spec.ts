import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { adminApi, withPublicUrl } from './letters';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

test('an administrator downloads the sign-off sheet of letters handed out in class', async ({
  page,
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const api = await adminApi(request);
  await withPublicUrl(api);
  const className = `E2E-${Date.now().toString(36)}`;
  const ids: string[] = [];
  for (const [firstName, lastName] of [
    ['Zoé', 'Vidal'],
    ['Adam', 'Aubert'],
  ]) {
    const account = (await api.send('POST', '/api/accounts', {
      kind: 'STUDENT',
      firstName,
      lastName,
      className,
    })) as { id: string; login: string };
    ids.push(account.id);
  }
  const templates = (await (
    await api.get('/api/templates?audience=STUDENT&variant=NO_QR&language=fr')
  ).json()) as { items: { id: string }[] };
  const send = (await api.send('POST', '/api/sends', {
    templateId: templates.items[0].id,
    audience: 'STUDENT',
    output: 'PDF',
    selection: { accountIds: ids },
  })) as { id: string };
  await request.dispose();

  await openSignedIn(page, `/sends/${send.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Envoi' })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger la feuille d’émargement (PDF)' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'sesame-sheet-')), 'emargement.pdf');
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
  expect(text).toContain(`Classe ${className}`);
  expect(text.indexOf('AUBERT Adam')).toBeGreaterThan(-1);
  expect(text.indexOf('VIDAL Zoé')).toBeGreaterThan(text.indexOf('AUBERT Adam'));
  expect(text).toContain('Signature');
});
