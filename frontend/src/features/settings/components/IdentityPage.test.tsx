import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { identity } from '@/testing/fixtures';
import { admin, problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const renderIdentity = () => renderApp('/settings/identity', { signedInAs: admin });

describe('establishment identity', () => {
  it('shows the server’s field error beside the UAI field, and nothing is saved', async () => {
    server.use(
      http.put('/api/identity', () =>
        problem({
          type: '/problems/validation-failed',
          title: 'La requête contient des champs invalides',
          status: 400,
          errors: [
            {
              field: 'uai',
              code: 'uai.checkLetter',
              message: 'La lettre de contrôle du code UAI est fausse.',
            },
          ],
        }),
      ),
    );
    const { user } = renderIdentity();
    const uai = await screen.findByRole('textbox', { name: 'Code UAI' });
    expect(uai).toHaveValue('0751234J');

    await user.clear(uai);
    await user.type(uai, '0751234a');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(uai).toHaveAttribute('aria-invalid', 'true'));
    expect(uai).toHaveAccessibleDescription(
      expect.stringContaining('La lettre de contrôle du code UAI est fausse.'),
    );
    expect(screen.getByRole('textbox', { name: 'Nom de l’établissement' })).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(screen.queryByText('L’identité de l’établissement est enregistrée.')).toBeNull();
  });

  it('fills in the hosted address, saves, and announces it', async () => {
    let sent: unknown;
    server.use(
      http.get('/api/identity', () =>
        HttpResponse.json({
          ...identity,
          publicUrl: null,
          hostedPublicUrl: 'https://0751234j.sesame-ecoles.fr/',
        }),
      ),
      http.put('/api/identity', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ ...identity, ...(sent as object) });
      }),
    );
    const { user } = renderIdentity();

    await user.click(await screen.findByRole('button', { name: 'Utiliser l’adresse hébergée' }));
    expect(screen.getByRole('textbox', { name: 'Adresse publique' })).toHaveValue(
      'https://0751234j.sesame-ecoles.fr/',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(
      await screen.findByText('L’identité de l’établissement est enregistrée.'),
    ).toBeInTheDocument();
    expect(sent).toEqual({
      name: identity.name,
      uai: identity.uai,
      address: identity.address,
      publicUrl: 'https://0751234j.sesame-ecoles.fr/',
      nextStepUrl: null,
      nextStepLabel: null,
    });
  });

  it('shows the problem when the logo is refused', async () => {
    server.use(
      http.put('/api/identity/logo', () =>
        problem({
          type: '/problems/unsupported-media-type',
          title: 'Type de fichier refusé',
          status: 415,
          detail: 'Le logo doit être une image PNG ou JPEG.',
        }),
      ),
    );
    const { user, container } = renderIdentity();
    await screen.findByRole('button', { name: 'Envoyer un logo' });
    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (input === null) throw new Error('no file input');

    await user.upload(input, new File(['GIF89a'], 'logo.png', { type: 'image/png' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Type de fichier refusé');
    expect(alert).toHaveTextContent('Le logo doit être une image PNG ou JPEG.');
  });
});
