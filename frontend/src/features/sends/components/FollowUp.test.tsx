import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parentsQrOriginal } from '@/testing/fixtures';
import { admin } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const sendId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const send = {
  id: sendId,
  state: 'DONE',
  output: 'EMAIL',
  audience: 'PARENT',
  templateId: parentsQrOriginal.id,
  total: 4,
  eligible: 4,
  skipped: 0,
  done: 4,
  failed: 0,
  toPrint: 2,
  refused: 1,
  createdAt: '2026-11-25T09:00:00Z',
  createdBy: 'admin',
};
const recipients = [
  { accountId: 'a1', displayName: 'Hélène Dupré', state: 'DELIVERED', channel: 'EMAIL' },
  {
    accountId: 'a2',
    displayName: 'Bruno Martin',
    state: 'ISSUED',
    channel: 'PDF',
    error: '550 5.1.1 mailbox does not exist',
  },
  { accountId: 'a3', displayName: 'Claire Petit', state: 'ISSUED', channel: 'PDF' },
  { accountId: 'a4', displayName: 'Emile Roux', state: 'EXPIRED', channel: 'EMAIL' },
];

beforeEach(() => {
  vi.stubGlobal(
    'EventSource',
    class {
      addEventListener() {}
      close() {}
    },
  );
  server.use(
    http.get(`/api/sends/${sendId}`, () => HttpResponse.json(send)),
    http.get(`/api/sends/${sendId}/recipients`, () =>
      HttpResponse.json({ items: recipients, total: 4, page: 0, size: 100 }),
    ),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('following a send through', () => {
  it('lists the letters to print with why, and offers the sign-off sheet', async () => {
    renderApp(`/sends/${sendId}`, { signedInAs: admin });
    const toPrint = await screen.findByRole('region', { name: 'À imprimer' });
    expect(toPrint).toHaveTextContent('2 lettres sont dans le PDF à imprimer');
    expect(
      await within(toPrint).findByText(
        'Bruno Martin — adresse refusée par le serveur d’e-mail : 550 5.1.1 mailbox does not exist',
      ),
    ).toBeVisible();
    expect(toPrint).toHaveTextContent('Claire Petit — pas d’adresse e-mail');
    expect(within(toPrint).queryByText(/Hélène/)).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Télécharger la feuille d’émargement (PDF)' }),
    ).toHaveAttribute('href', `/api/sends/${sendId}/sign-off-sheet`);
  });

  it('checks a reminder first, then sends it, and offers a re-issue for expired letters', async () => {
    let reminded = 0;
    server.use(
      http.post(`/api/sends/${sendId}/reminders/dry-run`, () =>
        HttpResponse.json({
          byEmail: 1,
          toPrint: 2,
          expired: 1,
          used: 0,
          expiredAccountIds: ['a4'],
          problems: [],
        }),
      ),
      http.post(`/api/sends/${sendId}/reminders`, () => {
        reminded += 1;
        return HttpResponse.json(
          { ...send, id: 'r1', reminderOf: sendId, state: 'RUNNING', done: 2 },
          { status: 201 },
        );
      }),
    );
    renderApp(`/sends/${sendId}`, { signedInAs: admin });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Vérifier la relance (simulation)' }),
    );
    const plan = await screen.findByRole('region', { name: 'Ce que fera la relance' });
    expect(plan).toHaveTextContent('1 lettre sera renvoyée par e-mail');
    expect(plan).toHaveTextContent('2 lettres sans adresse utilisable');
    expect(plan).toHaveTextContent('1 lettre a expiré');
    expect(within(plan).getByRole('link', { name: 'Réémettre 1 lettre expirée' })).toBeVisible();
    expect(reminded).toBe(0);

    fireEvent.click(within(plan).getByRole('button', { name: 'Relancer 3 destinataires' }));
    expect(await screen.findByRole('link', { name: 'Relance partie : la suivre' })).toHaveAttribute(
      'href',
      '/sends/r1',
    );
    expect(reminded).toBe(1);
  });
});
