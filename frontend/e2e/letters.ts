import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import jsQR from 'jsqr';
import { admin } from './admin';

/** The administrator's API, as a script would use it: session cookie and CSRF header. */
export async function adminApi(request: APIRequestContext) {
  await request.get('/api/auth/me');
  const csrf = async () =>
    (await request.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const send = async (method: 'POST' | 'PUT', url: string, data: unknown) => {
    const response = await request.fetch(url, {
      method,
      data,
      headers: { 'X-XSRF-TOKEN': await csrf() },
    });
    if (!response.ok())
      throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.status() === 204 ? undefined : await response.json();
  };
  await send('POST', '/api/auth/login', admin);
  return { send, get: (url: string) => request.get(url) };
}

type AdminApi = Awaited<ReturnType<typeof adminApi>>;

/**
 * Gives the establishment a name and a public URL when it has none (letters need them); the
 * answer puts the identity back as it was, for the specs that come after.
 */
export async function withPublicUrl(api: AdminApi, publicUrl = 'https://sesame.example.fr') {
  const identity = (await (await api.get('/api/identity')).json()) as Record<string, unknown>;
  await api.send('PUT', '/api/identity', {
    name: identity.name ?? 'Collège',
    uai: identity.uai,
    address: identity.address,
    publicUrl: identity.publicUrl ?? publicUrl,
  });
  return () =>
    api.send('PUT', '/api/identity', {
      name: identity.name ?? 'Collège',
      uai: identity.uai,
      address: identity.address,
      publicUrl: identity.publicUrl,
    });
}

/**
 * What a printed letter shows: the link in its QR code, the security code in its text, and the way
 * in without a camera: the address to open and the activation code in groups of four.
 */
export type PrintedLetter = {
  link: string;
  securityCode: string;
  address: string;
  activationCode: string;
};

/**
 * Reads a letter PDF the way a phone and a person would: Poppler draws page 1 in grey, jsQR finds
 * the QR code in the picture, and the 6-digit code comes from the page's text.
 */
export function readLetter(pdf: Buffer): PrintedLetter {
  const dir = mkdtempSync(join(tmpdir(), 'sesame-letter-'));
  const file = join(dir, 'letter.pdf');
  writeFileSync(file, pdf);
  // Like a phone moving closer, try a finer picture when the first one does not read.
  let link: string | undefined;
  for (const dpi of ['150', '200', '300']) {
    const image = join(dir, `page-${dpi}`);
    execFileSync('pdftoppm', ['-gray', '-r', dpi, '-singlefile', '-f', '1', file, image]);
    const { width, height, pixels } = readPgm(readFileSync(`${image}.pgm`));
    const rgba = new Uint8ClampedArray(width * height * 4);
    pixels.forEach((grey, i) => rgba.set([grey, grey, grey, 255], i * 4));
    link = jsQR(rgba, width, height)?.data;
    if (link) break;
  }
  if (!link) throw new Error('No QR code found on the letter');
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
  const securityCode = /\b\d{6}\b/.exec(text)?.[0];
  if (!securityCode) throw new Error(`No security code in the letter's text:\n${text}`);
  const address = /(https?:\/\/\S+\/activate)\b/.exec(text)?.[1] ?? '';
  const activationCode = /\b([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})\b/.exec(text)?.[1] ?? '';
  return { link, securityCode, address, activationCode };
}

/** Binary PGM (P5, 8 bits): "P5 <width> <height> 255" then one byte per pixel. */
function readPgm(bytes: Buffer) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('Not an 8-bit binary PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    pixels: bytes.subarray(header[0].length, header[0].length + width * height),
  };
}
