import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parentsQrOriginal } from '@/testing/fixtures';
import { admin } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const sendId = '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const send = {
  id: sendId,
  state: 'RUNNING',
  output: 'EMAIL',
  audience: 'PARENT',
  templateId: parentsQrOriginal.id,
  total: 3,
  eligible: 3,
  skipped: 0,
  done: 0,
  failed: 0,
  toPrint: 0,
  createdAt: '2026-11-25T09:00:00Z',
  createdBy: 'admin',
};
const recipients = [
  { accountId: 'a1', displayName: 'Hélène Dupré', state: 'ISSUED', channel: 'EMAIL' },
  { accountId: 'a2', displayName: 'Paul Martin', state: 'DELIVERED', channel: 'EMAIL' },
  { accountId: 'a3', displayName: 'Zoé Lefèvre', state: 'USED', channel: 'EMAIL' },
];

/** EventSource as the browser has it, driven by the test: `emit` an event, `fail` the stream. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data: unknown) {
    const event = new MessageEvent(name, { data: JSON.stringify(data) });
    act(() => this.listeners.get(name)?.forEach((listener) => listener(event)));
  }
  fail() {
    act(() => this.onerror?.());
  }
}

const stream = () => {
  const source = FakeEventSource.opened.at(-1);
  if (!source) throw new Error('No EventSource was opened');
  return source;
};

function serve(sendAnswers: object[], recipientReads = { count: 0 }) {
  let reads = 0;
  server.use(
    http.get(`/api/sends/${sendId}`, () => {
      reads += 1;
      return HttpResponse.json(sendAnswers[Math.min(reads, sendAnswers.length) - 1]);
    }),
    http.get(`/api/sends/${sendId}/recipients`, () => {
      recipientReads.count += 1;
      return HttpResponse.json({ items: recipients, total: 3, page: 0, size: 100 });
    }),
  );
  return { sendReads: () => reads, recipientReads };
}

const progressBar = () => screen.getByRole('progressbar');

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

describe('send page', () => {
  it('follows a running send through its events, without polling, to the final summary', async () => {
    const { sendReads, recipientReads } = serve([send]);
    renderApp(`/sends/${sendId}`, { signedInAs: admin });

    expect(
      await screen.findByRole('progressbar', { name: 'Lettres prêtes : 0 sur 3' }),
    ).toHaveAttribute('aria-valuenow', '0');
    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));
    expect(stream().url).toBe(`/api/sends/${sendId}/events`);

    stream().emit('progress', { ...send, done: 2 });
    await waitFor(() => expect(progressBar()).toHaveAttribute('aria-valuenow', '2'));
    expect(progressBar()).toHaveAccessibleName('Lettres prêtes : 2 sur 3');
    const readsWhileRunning = recipientReads.count;

    stream().emit('progress', { ...send, state: 'DONE', done: 3 });
    expect(await screen.findByText('Envoi terminé : 3 lettres prêtes.')).toBeInTheDocument();
    expect(progressBar()).toHaveAttribute('aria-valuenow', '3');
    expect(progressBar()).toHaveAttribute('aria-valuemax', '3');
    expect(stream().closed).toBe(true);
    // The recipients are read once more at the end; the send itself was read only once.
    await waitFor(() => expect(recipientReads.count).toBe(readsWhileRunning + 1));
    expect(sendReads()).toBe(1);
  });

  it('falls back to polling when the stream fails before the send ends', async () => {
    serve([send, { ...send, done: 1, failed: 1 }, { ...send, state: 'DONE', done: 2, failed: 1 }]);
    renderApp(`/sends/${sendId}`, { signedInAs: admin });
    await screen.findByRole('progressbar', { name: 'Lettres prêtes : 0 sur 3' });
    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));

    stream().fail();

    expect(stream().closed).toBe(true);
    const done = await screen.findByRole(
      'progressbar',
      { name: 'Lettres traitées : 3 sur 3, dont 1 en échec' },
      { timeout: 5_000 },
    );
    expect(done).toHaveAttribute('aria-valuenow', '3');
    expect(await screen.findByText(/1 e-mail n’a pas pu partir/)).toBeInTheDocument();
    expect(FakeEventSource.opened).toHaveLength(1);
  });

  it('closes the stream when the page is left', async () => {
    serve([send]);
    const { router } = renderApp(`/sends/${sendId}`, { signedInAs: admin });
    await waitFor(() => expect(FakeEventSource.opened).toHaveLength(1));

    await act(() => router.navigate('/templates'));

    expect(stream().closed).toBe(true);
  });

  it('opens no stream for a send that has ended', async () => {
    serve([{ ...send, state: 'DONE', done: 3 }]);
    renderApp(`/sends/${sendId}`, { signedInAs: admin });
    expect(await screen.findByText('Envoi terminé : 3 lettres prêtes.')).toBeInTheDocument();
    expect(FakeEventSource.opened).toHaveLength(0);
  });

  it('shows the printer’s job for a send printed by the school’s printer', async () => {
    const printJob = {
      printer: 'ipp://localhost:631/printers/Secretariat',
      jobId: 12,
      state: 'PROCESSING',
      message: 'media-empty',
    };
    serve([{ ...send, output: 'PRINT', printJob }]);
    renderApp(`/sends/${sendId}`, { signedInAs: admin });
    expect(
      await screen.findByText(
        'Impression : Impression en cours. Message de l’imprimante : media-empty',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Imprimer les lettres' })).toBeNull();
  });

  it('prints in the browser when no printer is configured, keeping the download', async () => {
    serve([{ ...send, output: 'PRINT', state: 'DONE', done: 3, toPrint: 3, printJob: null }]);
    const { user, container } = renderApp(`/sends/${sendId}`, { signedInAs: admin });
    expect(
      await screen.findByRole('link', { name: 'Télécharger les lettres (PDF, nouvel onglet)' }),
    ).toHaveAttribute('href', `/api/sends/${sendId}/document`);

    await user.click(screen.getByRole('button', { name: 'Imprimer les lettres' }));

    const frame = container.ownerDocument.querySelector('iframe');
    if (frame === null || frame.contentWindow === null) throw new Error('no print frame');
    expect(frame).toHaveAttribute('src', `/api/sends/${sendId}/document`);
    const print = vi.fn();
    frame.contentWindow.print = print;
    fireEvent.load(frame);
    expect(print).toHaveBeenCalled();
  });

  it('revokes the letters of the ticked recipients, then reads them again', async () => {
    const bodies: unknown[] = [];
    const { recipientReads } = serve([{ ...send, state: 'DONE', done: 3 }]);
    server.use(
      http.post('/api/accounts/bulk', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ affected: 2 });
      }),
    );
    const { user } = renderApp(`/sends/${sendId}`, { signedInAs: admin });
    const table = await screen.findByRole('grid', { name: '3 destinataires' });
    for (const name of [/Hélène Dupré/, /Paul Martin/]) {
      await user.click(within(within(table).getByRole('row', { name })).getByRole('checkbox'));
    }
    expect(screen.getByText('2 destinataires cochés')).toBeInTheDocument();
    const readsBefore = recipientReads.count;

    await user.click(screen.getByRole('button', { name: 'Révoquer les lettres' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(
      within(dialog).getByRole('button', { name: 'Révoquer les lettres de 2 comptes' }),
    );

    expect(await screen.findByText('2 lettres révoquées.')).toBeInTheDocument();
    expect(bodies).toEqual([{ action: 'REVOKE_LETTERS', accountIds: ['a1', 'a2'] }]);
    expect(recipientReads.count).toBeGreaterThan(readsBefore);
  });

  it('re-sends a letter to the ticked recipients through the wizard and its dry run', async () => {
    const dryRuns: unknown[] = [];
    serve([{ ...send, state: 'DONE', done: 3 }]);
    server.use(
      http.post('/api/sends/dry-run', async ({ request }) => {
        dryRuns.push(await request.json());
        return HttpResponse.json({
          eligible: 1,
          skipped: [],
          withoutEmail: [],
          recipients: [],
          templateName: 'Connexion – Responsables (QR code)',
          expiresAt: '2026-12-31T10:00:00Z',
          problems: [],
          warnings: [],
        });
      }),
    );
    const { user, router } = renderApp(`/sends/${sendId}`, { signedInAs: admin });
    const table = await screen.findByRole('grid', { name: '3 destinataires' });
    await user.click(
      within(within(table).getByRole('row', { name: /Hélène Dupré/ })).getByRole('checkbox'),
    );

    await user.click(screen.getByRole('button', { name: 'Renvoyer une lettre' }));

    expect(await screen.findByText('1 compte choisi')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sends');
    expect(screen.getByText(/Une nouvelle lettre révoque les lettres précédentes/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Vérifier (simulation)' }));
    expect(await screen.findByRole('button', { name: 'Émettre 1 lettre' })).toBeEnabled();
    expect(dryRuns).toEqual([
      {
        templateId: parentsQrOriginal.id,
        audience: 'PARENT',
        output: 'EMAIL',
        validityDays: 30,
        selection: { accountIds: ['a1'] },
      },
    ]);
  });

  it('revokes every letter of the send after a confirmation saying used ones are kept', async () => {
    let revoked = 0;
    serve([{ ...send, state: 'DONE', done: 3 }]);
    server.use(
      http.post(`/api/sends/${sendId}/revoke`, () => {
        revoked += 1;
        return HttpResponse.json({ affected: 2 });
      }),
    );
    const { user } = renderApp(`/sends/${sendId}`, { signedInAs: admin });

    await user.click(
      await screen.findByRole('button', { name: 'Révoquer toutes les lettres de cet envoi' }),
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Les lettres déjà utilisées sont gardées');
    await user.click(within(dialog).getByRole('button', { name: 'Révoquer les lettres' }));

    expect(await screen.findByText('2 lettres révoquées.')).toBeInTheDocument();
    expect(revoked).toBe(1);
  });
});
