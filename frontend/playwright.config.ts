import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admin } from './e2e/admin';
import { sinkFile, smtpSink, startSmtpSink } from './e2e/smtp-sink';

// Other ports let two runs share a machine (SESAME_E2E_PORT, SESAME_E2E_SMTP_PORT).
const port = Number(process.env.SESAME_E2E_PORT ?? 18080);
const baseURL = `http://localhost:${port}`;

// One fresh data directory per run; the variable carries it to the worker processes,
// which load this file again.
process.env.SESAME_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'sesame-e2e-'));

// The SMTP sink must listen before the backend starts, and Playwright starts `webServer` before
// `globalSetup`: so it starts here, once, in the runner process. The workers load this file again
// with the variable already set, and do not start a second one.
if (!process.env.SESAME_E2E_SMTP_SINK) {
  process.env.SESAME_E2E_SMTP_SINK = sinkFile();
  startSmtpSink(process.env.SESAME_E2E_SMTP_SINK);
}

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
      SPRING_MAIL_HOST: smtpSink.host,
      SPRING_MAIL_PORT: String(smtpSink.port),
    },
  },
});
