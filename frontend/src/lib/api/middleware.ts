import type { Middleware } from 'openapi-fetch';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

/** Sends the XSRF-TOKEN cookie back in the X-XSRF-TOKEN header on state-changing calls. */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    const token = readCookie('XSRF-TOKEN');
    if (!safeMethods.has(request.method) && token !== undefined) {
      request.headers.set('X-XSRF-TOKEN', token);
    }
    return request;
  },
};

/** Asks the API to answer (problem titles, details) in the console's language. */
export function languageMiddleware(language: () => string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Accept-Language', language());
      return request;
    },
  };
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Calls `listener` whenever the API answers 401 (except a failed sign-in). Returns an unsubscribe. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export const unauthorizedMiddleware: Middleware = {
  onResponse({ request, response }) {
    const isSignIn = new URL(request.url).pathname === '/api/auth/login';
    if (response.status === 401 && !isSignIn) {
      unauthorizedListeners.forEach((listener) => listener());
    }
    return response;
  },
};
