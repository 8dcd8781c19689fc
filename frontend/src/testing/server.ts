import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';

export const server = setupServer();

export function resetServer(): void {
  server.resetHandlers(...createHandlers());
}
