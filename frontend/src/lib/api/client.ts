import createClient from 'openapi-fetch';
import { i18n } from '../i18n';
import { csrfMiddleware, languageMiddleware, unauthorizedMiddleware } from './middleware';
import { ApiError } from './problem';
import type { paths } from './schema';

/** The one client for the Sésame API: same origin, session cookie, CSRF header. */
export const api = createClient<paths>({
  baseUrl: globalThis.location.origin,
  credentials: 'same-origin',
  // Resolved at call time so that msw (tests) can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});

api.use(
  csrfMiddleware,
  languageMiddleware(() => i18n.language),
  unauthorizedMiddleware,
);

/** Returns the data of a successful call, or throws an ApiError carrying the problem detail. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) {
    throw new ApiError(result.response, result.error);
  }
  return result.data as T;
}
