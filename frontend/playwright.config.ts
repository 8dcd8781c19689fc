import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admin } from './e2e/admin';

const port = 18080;
const baseURL = `http://localhost:${port}`;

// One fresh data directory per run; the variable carries it to the worker processes,
// which load this file again.
process.env.SESAME_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'sesame-e2e-'));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'java -jar ../backend/target/sesame.jar',
    url: `${baseURL}/actuator/health/readiness`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      SERVER_PORT: String(port),
      SESAME_DATA_DIR: process.env.SESAME_E2E_DATA_DIR,
      SESAME_ADMIN_USERNAME: admin.username,
      SESAME_ADMIN_PASSWORD: admin.password,
    },
  },
});
