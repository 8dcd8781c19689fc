import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';

type Problem = components['schemas']['Problem'];
type CurrentUser = components['schemas']['CurrentUser'];

export const admin: CurrentUser = { username: 'admin', roles: ['ADMIN'] };
export const adminPassword = 'correct horse battery staple';

export function problem(body: Problem, headers: Record<string, string> = {}) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const unauthenticated = () =>
  problem({ type: '/problems/unauthenticated', title: 'Sign-in required', status: 401 });

/** A fake Sésame backend holding one session flag; tests override single handlers with server.use. */
export function createHandlers() {
  let signedIn = false;
  return [
    http.get('/api/auth/me', () => (signedIn ? HttpResponse.json(admin) : unauthenticated())),
    http.post('/api/auth/login', async ({ request }) => {
      const { username, password } = (await request.json()) as {
        username: string;
        password: string;
      };
      if (username !== admin.username || password !== adminPassword) {
        return problem({
          type: '/problems/sign-in-failed',
          title: 'La connexion a échoué',
          status: 401,
          detail: 'L’identifiant ou le mot de passe est incorrect.',
        });
      }
      signedIn = true;
      return HttpResponse.json(admin);
    }),
    http.post('/api/auth/logout', () => {
      signedIn = false;
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
