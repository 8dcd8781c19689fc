import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolation, openSignedIn } from './console';
import { adminApi, withPublicUrl } from './letters';
import { sunkMessages } from './smtp-sink';

// Three parents with an address; other specs' parents may get an e-mail too (the send goes to
// every parent), so the checks count this send's messages and look for these three.
const parents = ['Courriel-Un', 'Courriel-Deux', 'Courriel-Trois'].map((lastName) => ({
  lastName,
  email: `ines.${lastName.toLowerCase()}@example.org`,
}));

test('an administrator e-mails the parents their letters and watches every one leave', async ({
  page,
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const api = await adminApi(request);
  const restoreIdentity = await withPublicUrl(api);
  try {
    await sendToParents();
  } finally {
    await restoreIdentity();
    await request.dispose();
  }

  async function sendToParents() {
    for (const { lastName, email } of parents) {
      await api.send('POST', '/api/accounts', {
        kind: 'PARENT',
        lastName,
        firstName: 'Inès',
        email,
      });
    }
    const before = sunkMessages().length;

    await openSignedIn(page, '/sends');
    await page.getByRole('button', { name: /Sortie/ }).click();
    await page.getByRole('option', { name: /E-mail à chacun/ }).click();
    await page.getByRole('button', { name: 'Vérifier (simulation)' }).click();
    const report = page.getByRole('region', { name: 'Ce que fera l’envoi' });
    await expect(report).toContainText('seront émises');
    const letters = Number(
      /(\d+) lettres seront émises/.exec((await report.textContent()) ?? '')?.[1],
    );
    expect(letters).toBeGreaterThanOrEqual(parents.length);

    await page.getByRole('button', { name: `Émettre ${letters} lettres` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Envoi' })).toBeVisible();
    const progress = page.getByRole('progressbar');
    await expect(progress).toHaveAttribute('aria-valuemax', String(letters));
    await expectNoSeriousAccessibilityViolation(page);

    // The bar follows the send's events until every letter has left, then the summary shows.
    await expect(progress).toHaveAttribute('aria-valuenow', String(letters), { timeout: 60_000 });
    await expect(page.getByText(/^Envoi terminé\s:\s\d+ lettres? prêtes?\.$/)).toBeVisible();
    await expect(page.getByText(/n’ont? pas pu partir/)).toHaveCount(0);

    // One message per recipient with an address: the others are in the PDF (`toPrint`).
    const sendId = new URL(page.url()).pathname.split('/').at(-1);
    const send = (await (await api.get(`/api/sends/${sendId}`)).json()) as {
      eligible: number;
      toPrint: number;
      state: string;
    };
    expect(send.state).toBe('DONE');
    const mailed = send.eligible - send.toPrint;
    await expect.poll(() => sunkMessages().length - before, { timeout: 30_000 }).toBe(mailed);
    const messages = sunkMessages().slice(before);
    for (const { email } of parents) {
      const theirs = messages.filter((message) => message.to.includes(email));
      expect(theirs, email).toHaveLength(1);
      expect(theirs[0]?.hasPdf, `${email} gets the letter as a PDF`).toBe(true);
    }
    expect(new Set(messages.flatMap((message) => message.to)).size).toBe(mailed);
  }
});
