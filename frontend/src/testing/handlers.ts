import { http, HttpResponse } from 'msw';
import type { components } from '@/lib/api/schema';
import {
  accounts,
  frontDeskCredential,
  helene,
  heleneCredentials,
  identity,
  mergeTags,
  templates,
  templateVersions,
} from './fixtures';

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

// The first bytes of a PNG file: enough for a preview or a QR code in tests.
const previewBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
    http.get('/api/identity', () => HttpResponse.json(identity)),
    http.get('/api/accounts', ({ request }) => {
      const kind = new URL(request.url).searchParams.get('kind');
      const items = accounts.filter((account) => kind === null || account.kind === kind);
      return HttpResponse.json({ items, total: items.length, page: 0, size: 50 });
    }),
    http.get('/api/accounts/classes', () => HttpResponse.json(['6A', '6B'])),
    http.get('/api/accounts/import/limits', () =>
      HttpResponse.json({
        maxFileBytes: 16 * 1024 * 1024,
        maxRows: 20000,
        extensions: ['.csv', '.txt', '.xlsx', '.xml', '.zip'],
      }),
    ),
    http.get('/api/accounts/:id', ({ params }) => {
      const account = accounts.find(({ id }) => id === params.id);
      return account
        ? HttpResponse.json(account)
        : problem({ type: '/problems/not-found', title: 'Introuvable', status: 404 });
    }),
    http.get('/api/accounts/:id/credentials', ({ params }) =>
      HttpResponse.json(params.id === helene.id ? heleneCredentials : []),
    ),
    http.post('/api/accounts/:id/credentials', () =>
      HttpResponse.json(frontDeskCredential, { status: 201 }),
    ),
    http.post('/api/accounts/:id/credentials/revoke', () => HttpResponse.json({ affected: 1 })),
    http.get(
      '/api/accounts/:id/credentials/:credentialId/qr',
      () => new HttpResponse(previewBytes, { headers: { 'Content-Type': 'image/png' } }),
    ),
    http.get('/api/templates', () =>
      HttpResponse.json({ items: templates, total: templates.length, page: 0, size: 50 }),
    ),
    http.get('/api/templates/tags', () => HttpResponse.json(mergeTags)),
    http.get('/api/sends', () => HttpResponse.json({ items: [], total: 0, page: 0, size: 20 })),
    http.get('/api/templates/:id', ({ params }) => {
      const template = templates.find(({ id }) => id === params.id);
      return template
        ? HttpResponse.json(template)
        : problem({ type: '/problems/not-found', title: 'Introuvable', status: 404 });
    }),
    http.get('/api/templates/:id/versions', () => HttpResponse.json(templateVersions)),
    http.post('/api/templates/:id/preview', ({ request }) => {
      const type =
        request.headers.get('Accept') === 'application/pdf' ? 'application/pdf' : 'image/png';
      return new HttpResponse(previewBytes, {
        headers: { 'Content-Type': type },
      });
    }),
  ];
}
