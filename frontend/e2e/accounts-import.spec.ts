import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

// What a school's software exports: Windows-1252 bytes, `;`-separated, French column names.
// Every character used here has the same code in Windows-1252 and Latin-1.
const csv = [
  'type;civilite;nom;prenom;identifiant;email;classe;mode_connexion;enfants;adresse;id_externe',
  'Élève;;Lefèvre;Zoé;;;6A;DIRECT;;;E2E-ELEVE-1',
  'Responsable;Mme;Dupré;Hélène;;helene.dupre@example.fr;;DIRECT;E2E-ELEVE-1;12 rue des Écoles 75005 Paris;E2E-RESP-1',
].join('\r\n');

test('an administrator imports a Windows-1252 CSV file and finds the accounts', async ({
  page,
}) => {
  await openSignedIn(page, '/accounts');
  await expect(page.getByRole('heading', { level: 1, name: 'Comptes' })).toBeVisible();

  await page.getByRole('link', { name: 'Importer (CSV, SIECLE, STS-Web, ONDE)' }).click();
  await expect(page).toHaveURL(/\/accounts\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Importer des comptes' })).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);

  await page.locator('input[type="file"]').setInputFiles({
    name: 'comptes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'latin1'),
  });

  const report = page.getByRole('region', { name: 'Rapport d’import' });
  await expect(report).toBeVisible();
  await expect(report.locator('.count', { hasText: 'À créer' })).toContainText('2');
  await expect(report.locator('.count', { hasText: 'En erreur' })).toContainText('0');
  await expect(report).toContainText(/Encodage détecté\s:\swindows-1252/i);
  await expect(report).toContainText('séparateur : « ; »');
  await expect(report.getByRole('row')).toHaveCount(3);
  await expectNoSeriousAccessibilityViolation(page);

  await page.getByRole('button', { name: 'Confirmer l’import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import terminé' })).toContainText(
    '2 créés',
  );

  await page.getByRole('link', { name: 'Voir la liste des comptes' }).click();
  await expect(page).toHaveURL(/\/accounts$/);
  await page.getByRole('tab', { name: 'Responsables' }).click();
  // Each tab has its own panel: search in the parents' one once it is shown.
  await expect(page).toHaveURL(/kind=PARENT/);
  await page
    .getByRole('tabpanel', { name: 'Responsables' })
    .getByRole('searchbox', { name: 'Rechercher' })
    .fill('helene');
  await expect(page).toHaveURL(/q=helene/);
  const parent = page.getByRole('row', { name: /Dupré Hélène/ });
  await expect(parent).toBeVisible();
  await expect(parent).toContainText('helene.dupre@example.fr');
  await expect(page.getByText(/^1–1 sur 1$/)).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);

  // The parent is linked to the student named in `enfants` by its external id.
  await parent.getByRole('link', { name: 'Dupré Hélène' }).click();
  await expect(page.getByRole('list', { name: 'Enfants rattachés' })).toContainText(
    'Lefèvre Zoé (6A)',
  );

  await page.goto('/accounts?kind=STUDENT&q=zoe');
  await expect(page.getByRole('row', { name: /Lefèvre Zoé/ })).toContainText('6A');
  await expectNoSeriousAccessibilityViolation(page);
});
