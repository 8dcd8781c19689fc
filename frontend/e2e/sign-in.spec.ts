import { expect, test } from '@playwright/test';
import { admin } from './admin';
import { expectNoSeriousAccessibilityViolation, signIn } from './console';

test('an administrator signs in, sees the console and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);

  await signIn(page);

  await expect(page).toHaveURL(/\/accounts$/);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Comptes' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(admin.username);
  await expect(page).toHaveTitle('Comptes · Sésame');
  await expectNoSeriousAccessibilityViolation(page);

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();

  await page.goto('/accounts');
  await expect(page).toHaveURL(/\/login$/);
});

test('a wrong password shows the error and keeps the visitor on sign-in', async ({ page }) => {
  await page.goto('/login');

  await signIn(page, 'not-the-password');

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('navigation')).toHaveCount(0);
});
