// Fails when src/lib/api/schema.d.ts is not what ../openapi.yaml generates ("stale types").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/lib/api/schema.d.ts';
const dir = mkdtempSync(join(tmpdir(), 'sesame-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const run = spawnSync(
    'npx',
    ['--no-install', 'openapi-typescript', '../openapi.yaml', '-o', fresh],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('check:api: openapi-typescript failed on ../openapi.yaml');
    process.exit(1);
  }
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      `check:api: ${committed} is stale: it differs from what ../openapi.yaml generates.\n` +
        'Run `npm run gen:api` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`check:api: ${committed} matches ../openapi.yaml`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
