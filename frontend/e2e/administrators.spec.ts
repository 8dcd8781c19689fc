import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

test('an administrator invites a colleague, who sets a password through the link and signs in; the journal tells them apart', async ({
  page,
  browser,
}) => {
  const n = Date.now().toString().slice(-6);
  const name = `Martine Laurent ${n}`;
  const username = `secretariat-${n}`;
  const password = 'cerf-volant violet sous la pluie';

  await openSignedIn(page, '/settings/administrators');
  await expect(page.getByRole('heading', { level: 1, name: 'Administrateurs' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom' }).fill(name);
  await page.getByRole('textbox', { name: 'Identifiant' }).fill(username);
  await expectNoSeriousAccessibilityViolation(page);
  // Submitted from the keyboard, as anyone may.
  await page.getByRole('button', { name: 'Ajouter l’administrateur' }).focus();
  await page.keyboard.press('Enter');

  const field = page.getByRole('textbox', { name: 'Lien à usage unique' });
  await expect(field).toHaveValue(/\/set-password#[A-Za-z0-9_-]{43}$/);
  const link = await field.inputValue();
  await expectNoSeriousAccessibilityViolation(page);
  await page.getByRole('button', { name: 'Je l’ai copié, fermer' }).click();
  await expect(field).toHaveCount(0);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Invité, mot de passe à choisir');

  // The colleague, in a browser of their own.
  const theirs = await browser.newContext();
  const colleague = await theirs.newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { name: 'Choisir mon mot de passe' })).toBeVisible();
  await expect(colleague.getByText(`Bonjour ${name}.`)).toBeVisible();
  // The secret leaves the address bar at once.
  expect(colleague.url()).not.toContain('#');
  await colleague.getByLabel('Nouveau mot de passe').fill(password);
  await expectNoSeriousAccessibilityViolation(colleague);
  await colleague.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
  await expect(colleague.getByText('Votre mot de passe est enregistré.')).toBeVisible();

  // The link works once.
  const again = await theirs.newPage();
  await again.goto(link);
  await expect(again.getByRole('alert')).toBeVisible();
  await expect(again.getByLabel('Nouveau mot de passe')).toHaveCount(0);
  await again.close();

  await colleague.getByRole('link', { name: 'Se connecter' }).click();
  await colleague.getByLabel('Identifiant').fill(username);
  await colleague.getByLabel('Mot de passe').fill(password);
  await colleague.getByRole('button', { name: 'Se connecter' }).click();
  await expect(colleague.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await expect(colleague.getByText(name, { exact: true })).toBeVisible();

  // « Changer mon mot de passe » is reachable from the header.
  await colleague.getByRole('link', { name: 'Changer mon mot de passe' }).click();
  await expect(colleague.getByRole('heading', { name: 'Changer mon mot de passe' })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(colleague);

  // The journal names each of them.
  await colleague.goto('/audit');
  const journal = colleague.getByRole('table');
  await expect(journal).toContainText(`${name} (${username})`);
  await expect(journal).toContainText('admin (admin)');
  await expectNoSeriousAccessibilityViolation(colleague);
  await theirs.close();

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Actif');
});
