import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { holdMs } from '@/components/ActionButton';
import { problem } from '@/testing/handlers';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const token = 'Xb3kT0-letter-token';

function activationApi(remaining: { wrong: number }, bodies: unknown[]) {
  server.use(
    http.get('/api/activation/policy', () =>
      HttpResponse.json({ minLength: 12, maxLength: 128, maxWrongCodes: 5 }),
    ),
    http.post('/api/activation/verify', async ({ request }) => {
      const body = (await request.json()) as { code: string; login?: string };
      bodies.push(body);
      if (body.login !== undefined && body.code !== 'K7QM3XPT2D9F') {
        // The typed path answers a wrong code as it answers an unknown login.
        return problem({
          type: '/problems/activation-link-invalid',
          title: 'Cette lettre n’est plus utilisable',
          status: 410,
        });
      }
      if (body.code !== '482913' && body.code !== 'K7QM3XPT2D9F') {
        remaining.wrong -= 1;
        return problem({
          type: '/problems/activation-code-wrong',
          title: 'The code does not match the letter',
          status: 400,
          remainingAttempts: remaining.wrong,
        });
      }
      return HttpResponse.json({
        displayName: 'Hélène Dupré',
        login: 'helene.dupre',
        expiresAt: '2026-11-25T10:15:00Z',
      });
    }),
    http.post('/api/activation/password', async ({ request }) => {
      const { password } = (await request.json()) as { password: string };
      if (password.includes('dupre')) {
        return problem({
          type: '/problems/password-rejected',
          title: 'The password cannot be used',
          status: 422,
          reasons: ['PERSONAL'],
        });
      }
      return new HttpResponse(null, { status: 204 });
    }),
  );
}

describe('activation page', () => {
  beforeEach(() => {
    globalThis.sessionStorage.clear();
    globalThis.history.replaceState(null, '', `/activate#${token}`);
  });

  it('checks the code, names the account, then takes a password the policy accepts', async () => {
    const bodies: unknown[] = [];
    activationApi({ wrong: 5 }, bodies);
    const { user } = renderApp('/activate');

    const code = await screen.findByLabelText('Code de sécurité (6 chiffres)');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAttribute('inputmode', 'numeric');
    // The token leaves the address bar once read.
    expect(globalThis.location.hash).toBe('');
    expect(screen.queryByText('Hélène Dupré')).not.toBeInTheDocument();

    await user.type(code, '111111');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Il vous reste 4 essais.');
    // A second press within a double click's time of the first is not a second try.
    await new Promise((resolve) => setTimeout(resolve, holdMs));

    await user.clear(code);
    await user.type(code, '482913');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(bodies).toEqual([
      { token, code: '111111' },
      { token, code: '482913' },
    ]);

    expect(
      await screen.findByRole('heading', { name: 'Choisissez votre mot de passe' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Hélène Dupré')).toBeInTheDocument();
    const password = screen.getByLabelText('Nouveau mot de passe');
    await user.type(password, 'dupre');
    expect(screen.getByText('Encore 7 caractères.')).toBeInTheDocument();
    await user.type(password, '-et-le-soleil');
    expect(screen.getByText('Longueur correcte.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon mot de passe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'il contient votre nom, votre prénom ou votre identifiant.',
    );
    await new Promise((resolve) => setTimeout(resolve, holdMs));

    await user.clear(password);
    await user.type(password, 'violet cerf-volant 42 marées');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon mot de passe' }));
    expect(await screen.findByText(/Votre mot de passe est enregistré/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/login');
  });

  it('says the letter is locked after the last wrong code', async () => {
    activationApi({ wrong: 1 }, []);
    const { user } = renderApp('/activate');
    await user.type(await screen.findByLabelText('Code de sécurité (6 chiffres)'), '000000');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('le courrier est maintenant bloqué');
  });

  it('asks for the code again, with the same letter, when the time to choose is over', async () => {
    const bodies: unknown[] = [];
    activationApi({ wrong: 5 }, bodies);
    server.use(
      http.post('/api/activation/password', () =>
        problem({ type: '/problems/unauthenticated', title: 'Sign-in required', status: 401 }),
      ),
    );
    const { user } = renderApp('/activate');
    await user.type(await screen.findByLabelText('Code de sécurité (6 chiffres)'), '482913');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    await user.type(await screen.findByLabelText('Nouveau mot de passe'), 'violet cerf-volant 42');
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon mot de passe' }));

    expect(
      await screen.findByText(/Le délai pour choisir le mot de passe est passé/),
    ).toBeVisible();
    await user.type(screen.getByLabelText('Code de sécurité (6 chiffres)'), '482913');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(await screen.findByLabelText('Nouveau mot de passe')).toBeInTheDocument();
    expect(bodies).toEqual([
      { token, code: '482913' },
      { token, code: '482913' },
    ]);
  });

  it('asks for the login and the activation code when the link has no token', async () => {
    globalThis.history.replaceState(null, '', '/activate');
    const bodies: unknown[] = [];
    activationApi({ wrong: 5 }, bodies);
    const { user } = renderApp('/activate');
    await user.type(await screen.findByLabelText('Identifiant'), 'helene.dupre');
    expect(screen.getByRole('heading', { name: 'Code d’activation' })).toBeInTheDocument();
    expect(screen.queryByText(/code de sécurité/i)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Code d’activation (12 caractères)'), 'k7qm 3xpt 2d9f');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(
      await screen.findByRole('heading', { name: 'Choisissez votre mot de passe' }),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ login: 'helene.dupre', code: 'K7QM3XPT2D9F' }]);
  });

  it('says a typed login or code may be wrong, without telling which', async () => {
    globalThis.history.replaceState(null, '', '/activate');
    const bodies: unknown[] = [];
    activationApi({ wrong: 5 }, bodies);
    const { user } = renderApp('/activate');
    await user.type(await screen.findByLabelText('Identifiant'), 'helene.dupre');
    await user.type(screen.getByLabelText('Code d’activation (12 caractères)'), 'K7QM3XPT2D9G');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('L’identifiant ou le code d’activation ne correspond à aucun');
    expect(alert).not.toHaveTextContent(/essai/);
    expect(screen.getByLabelText('Code d’activation (12 caractères)')).toBeEnabled();
  });
});
