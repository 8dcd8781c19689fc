import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

/** Where the backend sends e-mail during the end-to-end run (see playwright.config.ts). */
export const smtpSink = {
  host: '127.0.0.1',
  port: Number(process.env.SESAME_E2E_SMTP_PORT ?? 3125),
} as const;

/** One e-mail the sink accepted: its envelope recipients and its size in bytes. */
export type SunkMessage = {
  to: string[];
  from: string | null;
  size: number;
  hasPdf: boolean;
  receivedAt: string;
};

/** The JSON file the sink writes, in the run's data directory, for the specs to read. */
export function sinkFile(dataDir = process.env.SESAME_E2E_DATA_DIR): string {
  if (!dataDir) throw new Error('SESAME_E2E_DATA_DIR is not set (see playwright.config.ts)');
  return join(dataDir, 'smtp-sink.json');
}

/** The messages received so far in this run. */
export function sunkMessages(): SunkMessage[] {
  const file = sinkFile();
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SunkMessage[]) : [];
}

/**
 * An SMTP server that accepts every message (no TLS, no authentication) and records who it was
 * for, rewriting `file` after each one. It does not keep the runner alive on its own.
 */
export function startSmtpSink(file: string): SMTPServer {
  const received: SunkMessage[] = [];
  writeFileSync(file, '[]');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message = Buffer.concat(chunks);
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          to: rcptTo.map((recipient) => recipient.address),
          from: mailFrom ? mailFrom.address : null,
          size: message.length,
          hasPdf: /content-type:\s*application\/pdf/i.test(message.toString('latin1')),
          receivedAt: new Date().toISOString(),
        });
        writeFileSync(file, JSON.stringify(received, null, 2));
        callback();
      });
    },
  });
  // A port already taken stops the run at once; a client's dropped connection is only logged.
  server.on('error', (error: Error & { syscall?: string }) => {
    const where = `SMTP sink on ${smtpSink.host}:${smtpSink.port}`;
    if (error.syscall === 'listen') throw new Error(`${where}: ${error.message}`);
    console.warn(`${where}: ${error.message}`);
  });
  server.listen(smtpSink.port, smtpSink.host);
  server.server.unref();
  return server;
}
