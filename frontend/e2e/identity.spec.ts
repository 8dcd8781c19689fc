import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

test('the establishment identity refuses a wrong UAI, then saves the public address', async ({
  page,
}) => {
  await openSignedIn(page, '/sends');
  const missing = page.getByText('L’adresse publique n’est pas renseignée', { exact: false });
  await expect(missing).toBeVisible();

  await page.goto('/settings');
  await page.getByRole('link', { name: 'Identité de l’établissement' }).click();
  await expect(page).toHaveURL(/\/settings\/identity$/);
  await expectNoSeriousAccessibilityViolation(page);

  const uai = page.getByRole('textbox', { name: 'Code UAI' });
  await page.getByRole('textbox', { name: 'Nom de l’établissement' }).fill('Collège Jean Moulin');
  await uai.fill('0751234A');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(uai).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await uai.getAttribute('aria-describedby')) ?? '';
  expect(describedBy).not.toBe('');
  await expectNoSeriousAccessibilityViolation(page);

  await uai.fill('0751234J');
  const publicUrl = page.getByRole('textbox', { name: 'Adresse publique' });
  await publicUrl.fill('https://sesame.example.fr');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await expect(page.getByText('L’identité de l’établissement est enregistrée.')).toBeVisible();
  await expect(uai).not.toHaveAttribute('aria-invalid', 'true');
  await expect(publicUrl).toHaveValue('https://sesame.example.fr/');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Adresse publique' })).toHaveValue(
    'https://sesame.example.fr/',
  );
  await expect(page.getByRole('textbox', { name: 'Code UAI' })).toHaveValue('0751234J');

  await page.goto('/sends');
  await expect(page.getByRole('heading', { level: 1, name: 'Envois' })).toBeVisible();
  await expect(missing).toHaveCount(0);
});
