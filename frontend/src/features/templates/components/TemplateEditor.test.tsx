import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ownTemplate, parentsQrOriginal } from '@/testing/fixtures';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const renderEditor = (id = ownTemplate.id) => renderApp(`/templates/${id}`, { signedInAs: admin });
// The editor's code is loaded on demand, and TipTap takes a while to start in jsdom.
const slow = { timeout: 5000 };

function recordPuts() {
  const bodies: { body: string }[] = [];
  server.use(
    http.put('/api/templates/:id', async ({ request }) => {
      const sent = (await request.json()) as { body: string };
      bodies.push(sent);
      return HttpResponse.json({ ...ownTemplate, ...sent, version: ownTemplate.version + 1 });
    }),
  );
  return bodies;
}

describe('letter template editor', () => {
  it('shows the body’s tags as chips and inserts a tag from the panel into the saved body', async () => {
    const puts = recordPuts();
    const { user } = renderEditor();
    const editor = await screen.findByRole('textbox', { name: 'Texte de la lettre' }, slow);
    const chip = await within(editor).findByText('{{first_name}}');
    expect(chip).toHaveAttribute('title', 'Le prénom du destinataire');
    expect(chip).toHaveAttribute('contenteditable', 'false');
    // Loading the body into the editor is not a change.
    expect(screen.queryByText('Modifications non enregistrées')).toBeNull();

    const panel = screen.getByRole('complementary', { name: 'Balises' });
    expect(within(panel).getByRole('heading', { name: 'Destinataire' })).toBeInTheDocument();
    // A parent-only tag is offered for this parents’ template.
    expect(within(panel).getByRole('button', { name: 'Insérer {{children}}' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Insérer {{login}}' }));
    expect(screen.getByText('Modifications non enregistrées')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    const saved = puts[0]?.body ?? '';
    expect(saved.match(/\{\{login\}\}/g)).toHaveLength(2);
    expect(saved).not.toContain('data-merge-tag');
    expect(saved).toContain('{{first_name}}');
    expect(await screen.findByText('La lettre type est enregistrée.')).toBeInTheDocument();
  });

  it('says the letter is saved once the server stores its own spelling of the edited body', async () => {
    // As the original letters: a credentials table, which the editor's table plugin normalises as
    // it loads, and the spellings the server's sanitiser writes back (`<br />`, `&#39;`).
    const body =
      '<p>Bonjour {{first_name}},<br />voici l&#39;accès.</p>' +
      '<table class="credentials"><tbody><tr><td>Identifiant</td>' +
      '<td class="value">{{login}}</td></tr></tbody></table><p class="notice">Gardez ce courrier.</p>';
    const template = { ...ownTemplate, body };
    const sent: string[] = [];
    server.use(
      http.get(`/api/templates/${template.id}`, () => HttpResponse.json(template)),
      http.put('/api/templates/:id', async ({ request }) => {
        const input = (await request.json()) as { body: string };
        sent.push(input.body);
        const stored = input.body.replace(/<br>/g, '<br />').replace(/'/g, '&#39;');
        return HttpResponse.json({ ...template, ...input, body: stored, version: 2 });
      }),
    );
    const { user } = renderEditor();
    await screen.findByRole('textbox', { name: 'Texte de la lettre' }, slow);
    expect(screen.queryByText('Modifications non enregistrées')).toBeNull();
    const panel = screen.getByRole('complementary', { name: 'Balises' });
    await user.click(within(panel).getByRole('button', { name: 'Insérer {{login}}' }));
    expect(screen.getByText('Modifications non enregistrées')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toContain('<table class="credentials">');
    expect(await screen.findByText('La lettre type est enregistrée.')).toBeInTheDocument();
    // The editor opened again on the stored body reports nothing of its own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByText('La lettre type est enregistrée.')).toBeInTheDocument();
    expect(screen.queryByText('Modifications non enregistrées')).toBeNull();
    await screen.findByRole('textbox', { name: 'Texte de la lettre' });
    expect(screen.queryByText('Modifications non enregistrées')).toBeNull();
  });

  it('round-trips the exact HTML in the « HTML » tab, and inserts a tag at the cursor there', async () => {
    const puts = recordPuts();
    const { user } = renderEditor();
    await user.click(await screen.findByRole('tab', { name: 'HTML' }, slow));
    const html = screen.getByRole('textbox', { name: 'HTML de la lettre' });
    expect(html).toHaveValue(ownTemplate.body);
    await user.click(html);
    (html as HTMLTextAreaElement).setSelectionRange(0, 0);
    await user.click(screen.getByRole('button', { name: 'Insérer {{establishment_name}}' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]?.body).toBe(`{{establishment_name}}${ownTemplate.body}`);
  });

  it('lists each refused tag with its line and column', async () => {
    server.use(
      http.put('/api/templates/:id', () =>
        problem({
          type: '/problems/template-invalid',
          title: 'Le modèle contient des balises invalides',
          status: 422,
          tagErrors: [
            {
              tag: 'qr_code',
              line: 12,
              column: 7,
              code: 'tag.notWithoutQr',
              message: 'absente des lettres sans QR code',
            },
            { tag: 'nope', line: 3, column: 1, code: 'tag.unknown', message: 'balise inconnue' },
          ],
        }),
      ),
    );
    const { user } = renderEditor();
    await screen.findByRole('textbox', { name: 'Texte de la lettre' }, slow);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Balise {{qr_code}} ligne 12, colonne 7 : absente des lettres sans QR code',
    );
    expect(alert).toHaveTextContent('Balise {{nope}} ligne 3, colonne 1 : balise inconnue');
    expect(screen.queryByText('La lettre type est enregistrée.')).toBeNull();
  });

  it('previews the unsaved body once typing has stopped, and shows the image', async () => {
    const previews: { accountId: string | null; body: string; accept: string | null }[] = [];
    server.use(
      http.post('/api/templates/:id/preview', async ({ request }) => {
        const sent = (await request.json()) as { accountId: string | null; body: string };
        previews.push({ ...sent, accept: request.headers.get('Accept') });
        return new HttpResponse(new Uint8Array([0x89, 0x50]), {
          headers: { 'Content-Type': 'image/png' },
        });
      }),
    );
    const { user } = renderEditor(parentsQrOriginal.id);
    const first = await screen.findByRole('img', { name: 'Aperçu de la première page' }, slow);
    expect(previews).toEqual([
      { accountId: null, body: parentsQrOriginal.body, accept: 'image/png' },
    ]);
    expect(screen.getByText('Les codes affichés sont des spécimens.')).toBeInTheDocument();
    const firstSrc = first.getAttribute('src');

    await user.click(screen.getByRole('tab', { name: 'HTML' }));
    const html = screen.getByRole('textbox', { name: 'HTML de la lettre' });
    await user.type(html, '<p>Fin</p>');

    await waitFor(() => expect(previews).toHaveLength(2), { timeout: 3000 });
    expect(previews[1]).toEqual({
      accountId: null,
      body: `${parentsQrOriginal.body}<p>Fin</p>`,
      accept: 'image/png',
    });
    await waitFor(() =>
      expect(screen.getByRole('img', { name: 'Aperçu de la première page' })).not.toHaveAttribute(
        'src',
        firstSrc ?? '',
      ),
    );
  });

  it('shows the original’s audience and variant read-only', async () => {
    renderEditor(parentsQrOriginal.id);
    expect(await screen.findByRole('textbox', { name: 'Nom' }, slow)).toHaveValue(
      parentsQrOriginal.name,
    );
    expect(screen.getByText('Avec QR code')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Variante/ })).toBeNull();
  });
});
