import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/renderApp';
import { server } from '@/testing/server';

const token = 'q1Vx8d0RkZ3mP7sT2wY9bC4nF6hJ8lA0eG5iK1oM3qU';

describe('the one-time set-password page', () => {
  it('reads the token from the fragment, sends it in the body, and sets the password', async () => {
    const bodies: unknown[] = [];
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/auth/password-link/verify', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({
          username: 'm.laurent',
          displayName: 'Martine Laurent',
          expiresAt: '2026-09-06T08:05:40Z',
        });
      }),
      http.post('/api/auth/password-link/use', async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderApp(`/set-password#${token}`);

    expect(await screen.findByText(/Bonjour Martine Laurent/)).toBeInTheDocument();
    await user.type(
      screen.getByLabelText('Nouveau mot de passe'),
      'cerf-volant violet sous la pluie',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer mon mot de passe' }));

    expect(await screen.findByText(/Votre mot de passe est enregistré/)).toBeInTheDocument();
    expect(bodies).toEqual([{ token }, { token, newPassword: 'cerf-volant violet sous la pluie' }]);
  });

  it('says so when the link is used or expired', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    server.use(
      http.post('/api/auth/password-link/verify', () =>
        HttpResponse.json(
          {
            type: '/problems/password-link-invalid',
            title: 'This link can no longer be used',
            status: 410,
          },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp(`/set-password#${token}`);

    expect(await screen.findByRole('alert')).toHaveTextContent('This link can no longer be used');
    expect(screen.queryByLabelText('Nouveau mot de passe')).toBeNull();
  });
});
