import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getCurrentUser, login } from '@/features/auth';
import { admin, adminPassword } from '@/testing/handlers';
import { server } from '@/testing/server';
import { i18n } from '../i18n';
import { ApiError } from './problem';

function recordHeader(method: 'get' | 'post', path: string, body: object) {
  const seen: (string | null)[] = [];
  server.use(
    http[method](path, ({ request }) => {
      seen.push(request.headers.get('X-XSRF-TOKEN'));
      return HttpResponse.json(body);
    }),
  );
  return seen;
}

describe('API client', () => {
  it('sends the XSRF-TOKEN cookie in the X-XSRF-TOKEN header on a POST', async () => {
    document.cookie = 'XSRF-TOKEN=3f1c-token%3D%3D; path=/';
    const seen = recordHeader('post', '/api/auth/login', admin);

    await login({ username: 'admin', password: adminPassword });

    expect(seen).toEqual(['3f1c-token==']);
  });

  it('does not send the CSRF header on a GET', async () => {
    document.cookie = 'XSRF-TOKEN=3f1c; path=/';
    const seen = recordHeader('get', '/api/auth/me', admin);

    await getCurrentUser();

    expect(seen).toEqual([null]);
  });

  it('rejects with the problem detail of a failed call', async () => {
    const error = await login({ username: 'admin', password: 'nope' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).problem?.type).toBe('/problems/sign-in-failed');
  });

  it('asks for the console’s language in Accept-Language, so server messages match the screen', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get('/api/auth/me', ({ request }) => {
        seen.push(request.headers.get('Accept-Language'));
        return HttpResponse.json(admin);
      }),
    );

    await i18n.changeLanguage('fr');
    await getCurrentUser();
    await i18n.changeLanguage('en');
    await getCurrentUser();
    await i18n.changeLanguage('fr');

    expect(seen).toEqual(['fr', 'en']);
  });
});
