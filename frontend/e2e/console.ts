import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { admin } from './admin';

/** Fails on any serious or critical axe-core violation of the page as it is now. */
export async function expectNoSeriousAccessibilityViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.html).join(' ')}`);
  expect(serious).toEqual([]);
}

export async function signIn(page: Page, password: string = admin.password) {
  await page.getByLabel('Identifiant').fill(admin.username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Opens `path` as the signed-in administrator. */
export async function openSignedIn(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await signIn(page);
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
}
