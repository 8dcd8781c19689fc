import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';

// The shipped French original for parents, with a QR code (see the backend's ShippedOriginals).
const original = 'Connexion – Responsables (QR code)';
const copy = `Copie de ${original}`;
const parentsQrFrench = '/templates?audience=PARENT&variant=QR&language=fr';

const rowOf = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

const saveAndWait = async (page: Page) => {
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'La lettre type est enregistrée.' }),
  ).toBeVisible();
};

test('an administrator adapts a copy of an original, then restores a customised original', async ({
  page,
}) => {
  // Several real renders of the letter (each preview is a PDF drawn to PNG): more than the default.
  test.setTimeout(120_000);
  await openSignedIn(page, parentsQrFrench);
  await expect(page.getByRole('heading', { level: 1, name: 'Lettres types' })).toBeVisible();
  await expect(page.getByText(/Un original peut être modifié directement/)).toBeVisible();
  const originalRow = rowOf(page, original);
  await expect(originalRow).toContainText('Original');
  await expect(originalRow).toContainText('Avec QR code');
  await expect(originalRow.getByRole('button', { name: 'Restaurer l’original' })).toHaveCount(0);
  await expectNoSeriousAccessibilityViolation(page);

  // Duplicate: the copy opens in the editor.
  await originalRow.getByRole('button', { name: 'Dupliquer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: copy })).toBeVisible();
  await expect(page.getByText('Lettre type de l’établissement')).toBeVisible();
  const preview = page.getByRole('img', { name: 'Aperçu de la première page' });
  await expect(preview).toBeVisible({ timeout: 20_000 });
  const firstSrc = await preview.getAttribute('src');
  await expect(page.getByText('Les codes affichés sont des spécimens.')).toBeVisible();

  // Type a sentence at the end of the letter, then insert {{login}} after it from the panel.
  const editor = page.getByRole('textbox', { name: 'Texte de la lettre' });
  await expect(editor.getByText('{{login}}').first()).toBeVisible();
  // The end of the last paragraph, outside every table and section, wherever the layout puts it.
  await editor.locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Bonne rentrée ! Votre identifiant : ');
  await page
    .getByRole('complementary', { name: 'Balises' })
    .getByRole('button', { name: 'Insérer {{login}}' })
    .click();
  await expect(editor).toContainText('Bonne rentrée !');
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();

  // The preview follows the unsaved text.
  await expect(preview).not.toHaveAttribute('src', firstSrc ?? '', { timeout: 20_000 });
  await expectNoSeriousAccessibilityViolation(page);

  await saveAndWait(page);
  await page.getByRole('tab', { name: 'HTML' }).click();
  const html = page.getByRole('textbox', { name: 'HTML de la lettre' });
  await expect(html).toHaveValue(/Bonne rentrée ! Votre identifiant : \{\{login\}\}/);
  await expect(
    page
      .getByRole('region', { name: 'Historique des versions' })
      .getByRole('rowheader', { name: '2', exact: true }),
  ).toBeVisible();
  await expectNoSeriousAccessibilityViolation(page);

  // Customise the original itself with a small change in its HTML (its layout stays as it is)…
  await page.goto(parentsQrFrench);
  await rowOf(page, original).getByRole('link', { name: original, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: original })).toBeVisible();
  await page.getByRole('tab', { name: 'HTML' }).click();
  const originalHtml = page.getByRole('textbox', { name: 'HTML de la lettre' });
  await originalHtml.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('<p>Le secrétariat est ouvert de 8 h à 17 h.</p>');
  await saveAndWait(page);
  await expect(page.getByText('Original personnalisé')).toBeVisible();

  // …then restore it from the list.
  await page.goto(parentsQrFrench);
  const customised = rowOf(page, original);
  await expect(customised).toContainText('Original personnalisé');
  await expectNoSeriousAccessibilityViolation(page);
  await customised.getByRole('button', { name: 'Restaurer l’original' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(original);
  await dialog.getByRole('button', { name: 'Restaurer l’original' }).click();
  await expect(dialog).toBeHidden();
  await expect(rowOf(page, original)).not.toContainText('Original personnalisé');
  await expect(rowOf(page, original).getByText('Original', { exact: true })).toBeVisible();
  await expect(
    rowOf(page, original).getByRole('button', { name: 'Restaurer l’original' }),
  ).toHaveCount(0);
  await expectNoSeriousAccessibilityViolation(page);
});
