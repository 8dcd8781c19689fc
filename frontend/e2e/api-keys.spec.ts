import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

test('an administrator gives a program a key, sees it used, then revokes it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const name = `Portail ${Date.now()}`;
  await openSignedIn(page, '/settings/api-keys');
  await page.getByRole('textbox', { name: 'Nom' }).fill(name);
  // The box is drawn over a visually hidden input: the keyboard reaches it as a user would.
  const readAccounts = page.getByRole('checkbox', { name: /Lire les comptes/ });
  await readAccounts.focus();
  await page.keyboard.press('Space');
  await expect(readAccounts).toBeChecked();
  await page.getByRole('button', { name: 'Créer la clé' }).click();

  const secret = page.getByRole('textbox', { name: 'Clé secrète' });
  await expect(secret).toHaveValue(/^sk_[A-Za-z0-9_-]{43}$/);
  const key = await secret.inputValue();
  await expectNoSeriousAccessibilityViolation(page);

  // The program: the key and nothing else (no cookie, no CSRF header).
  const program = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${key}` },
  });
  expect((await program.get('/api/accounts?size=1')).status()).toBe(200);
  expect((await program.get('/api/sends')).status()).toBe(403);

  // Shown once: gone from the page once closed, and never in the list.
  await page.getByRole('button', { name: 'Je l’ai copié, fermer' }).click();
  await expect(secret).toHaveCount(0);
  expect(await page.content()).not.toContain(key);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(key.slice(0, 7));

  await row.getByRole('button', { name: 'Révoquer' }).click();
  await page.getByRole('button', { name: 'Révoquer la clé' }).click();
  await expect(row).toContainText('Révoquée');
  expect((await program.get('/api/accounts?size=1')).status()).toBe(401);
  await program.dispose();

  // The journal says who made and revoked it.
  await page.goto('/audit?action=API_KEY_REVOKED');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(name);
});
