import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn, signIn } from './console';

// A French browser: the console asks the API for French, and the server's own words are French.
test.use({ locale: 'fr-FR' });

// One wrong address, one missing last name.
const badCsv = ['type;nom;prenom;email', 'Élève;Durand;Léa;pas-une-adresse', 'Élève;;Noé;'].join(
  '\r\n',
);

test('a bad CSV import shows the server’s line errors in French', async ({ page }) => {
  await openSignedIn(page, '/accounts/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des comptes' })).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({
    name: 'erreurs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(badCsv, 'utf8'),
  });

  const report = page.getByRole('region', { name: 'Rapport d’import' });
  await expect(report).toBeVisible();
  await expect(report.locator('.count', { hasText: 'En erreur' })).toContainText('2');
  await expect(report).toContainText('Adresse e-mail non valide (exemple\u00a0: nom@exemple.fr)');
  await expect(report).toContainText('Obligatoire');
  await expect(report).not.toContainText('not a valid e-mail address');
  await expect(report).not.toContainText('missing');
  await expectNoSeriousAccessibilityViolation(page);
});

test('a wrong password shows the server’s French message', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();

  await signIn(page, 'pas-le-bon-mot-de-passe');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Échec de la connexion');
  await expect(alert).toContainText('L’identifiant ou le mot de passe est incorrect.');
  await expect(alert).not.toContainText('The username or the password is wrong');
  await expect(page).toHaveURL(/\/login$/);
  await expectNoSeriousAccessibilityViolation(page);
});
