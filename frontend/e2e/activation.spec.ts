import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation } from './console';
import { adminApi, readLetter, type PrintedLetter } from './letters';

// A parent at the kitchen table, on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const password = 'violet cerf-volant 42 marées';
const school = 'Collège Jean Moulin';

/** Prints a fresh parent's letter through the API, the public URL pointing at this server. */
async function printLetter(api: Awaited<ReturnType<typeof adminApi>>, lastName: string) {
  const account = (await api.send('POST', '/api/accounts', {
    kind: 'PARENT',
    lastName,
    firstName: 'Hélène',
  })) as { id: string; login: string };
  const credential = (await api.send('POST', `/api/accounts/${account.id}/credentials`, {
    variant: 'QR',
  })) as { id: string };
  const pdf = await api.get(`/api/accounts/${account.id}/credentials/${credential.id}/letter`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  return { login: account.login, letter: readLetter(await pdf.body()) };
}

async function typeCode(page: Page, letter: PrintedLetter, code = letter.securityCode) {
  await page.getByLabel('Code de sécurité (6 chiffres)').fill(code);
  await page.getByRole('button', { name: 'Valider le code' }).click();
}

test.describe('activation from a printed letter', () => {
  let restoreIdentity: () => Promise<void>;
  let api: Awaited<ReturnType<typeof adminApi>>;

  test.beforeEach(async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    api = await adminApi(request);
    const identity = (await (await api.get('/api/identity')).json()) as Record<string, unknown>;
    await api.send('PUT', '/api/identity', {
      ...identity,
      name: school,
      publicUrl: `${baseURL}/`,
    });
    restoreIdentity = async () => {
      await api.send('PUT', '/api/identity', {
        name: identity.name ?? school,
        uai: identity.uai,
        address: identity.address,
        publicUrl: identity.publicUrl,
      });
      await request.dispose();
    };
  });

  test.afterEach(async () => restoreIdentity());

  test('scan, type the code, choose a password, sign in to « Mon compte »', async ({
    page,
    baseURL,
  }) => {
    // A letter rendered, a password hashed twice, and a second page: more than the default.
    test.setTimeout(90_000);
    const { login, letter } = await printLetter(api, `Phone${Date.now()}`);
    expect(letter.link).toMatch(new RegExp(`^${baseURL}/activate#[A-Za-z0-9_-]{32}$`));

    await page.goto(letter.link);
    await expect(page.getByRole('heading', { level: 1, name: 'Activer mon compte' })).toBeVisible();
    // Whose page this is, before anything is typed.
    await expect(page.getByText(school, { exact: true })).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);
    // Typed as read on paper: the letter O for the digit 0, a space in the middle.
    const asTyped = letter.securityCode.replaceAll('0', 'O');
    await typeCode(page, letter, `${asTyped.slice(0, 3)} ${asTyped.slice(3)}`);

    await expect(
      page.getByRole('heading', { name: 'Choisissez votre mot de passe' }),
    ).toBeVisible();
    await expect(page.getByText(login)).toBeVisible();
    await page.getByLabel('Nouveau mot de passe').fill(password);
    await expect(page.getByText('Longueur correcte.')).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);
    await page.getByRole('button', { name: 'Enregistrer mon mot de passe' }).click();
    await expect(
      page.getByText('Votre mot de passe est enregistré', { exact: false }),
    ).toBeVisible();
    // The last screen repeats the login the password goes with.
    await expect(page.getByText(login, { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Se connecter' }).click();
    await page.getByLabel('Identifiant').fill(login);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expect(page).toHaveURL(/\/mon-compte$/);
    await expect(page.getByText('Responsable')).toBeVisible();
    // Where to go next: the school names no portal here, so the page says it will.
    await expect(page.getByRole('heading', { name: 'Et maintenant ?' })).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);

    // The same letter no longer works.
    const again = await page.context().newPage();
    await again.goto(letter.link);
    await typeCode(again, letter);
    await expect(again.getByRole('alert')).toContainText('Ce courrier ne peut plus être utilisé');
  });

  test('without a camera: the short address, the login and the grouped activation code', async ({
    page,
    baseURL,
  }) => {
    const { login, letter } = await printLetter(api, `NoCamera${Date.now()}`);
    expect(letter.address).toBe(`${baseURL}/activate`);
    expect(letter.activationCode).toMatch(/^[0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4}$/);

    await page.goto(letter.address);
    await expect(page.getByRole('heading', { name: 'Code d’activation' })).toBeVisible();
    await page.getByLabel('Identifiant').fill(login);
    await page
      .getByLabel('Code d’activation (12 caractères)')
      .fill(letter.activationCode.toLowerCase().replaceAll(' ', '-'));
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await expect(
      page.getByRole('heading', { name: 'Choisissez votre mot de passe' }),
    ).toBeVisible();
    await expect(page.getByText(login)).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);
  });

  test('five wrong codes lock the letter', async ({ page }) => {
    const { letter } = await printLetter(api, `Locked${Date.now()}`);
    const wrong = letter.securityCode === '000000' ? '111111' : '000000';
    await page.goto(letter.link);
    for (let left = 4; left >= 1; left--) {
      await typeCode(page, letter, wrong);
      await expect(page.getByRole('alert')).toContainText(
        left === 1 ? 'Il vous reste 1 essai.' : `Il vous reste ${left} essais.`,
      );
    }
    await typeCode(page, letter, wrong);
    await expect(page.getByRole('alert')).toContainText('le courrier est maintenant bloqué');
    // Locked: the field says so and takes no more codes, even after a reload.
    const field = page.getByLabel('Code de sécurité (6 chiffres)');
    await expect(field).toBeDisabled();
    await expect(
      page.getByText('Courrier bloqué : ce champ n’accepte plus de code.'),
    ).toBeVisible();
    await expectNoSeriousAccessibilityViolation(page);
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('le courrier est maintenant bloqué');
    await expect(page.getByLabel('Code de sécurité (6 chiffres)')).toBeDisabled();
  });
});
