import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp } from '../support/browser.ts';
import { startInProcessServer, tempDir, type InProcessServer } from '../support/testServer.ts';

/**
 * WEB-1: the web app's text files go over the wire compressed. The build writes `.br` and
 * `.gz` beside each (vite.config.ts); the server sends the one the browser accepts.
 */

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A GET with exactly the headers given: fetch() would add and undo the encoding itself. */
function rawGet(url: string, acceptEncoding: string | null): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('WEB-1: compressed assets', () => {
  const web = tempDir();
  let server: InProcessServer;
  let assetPaths: string[];

  beforeAll(async () => {
    buildWebApp(web.path);
    server = await startInProcessServer({ OPENFLOOR_WEB_ROOT: web.path });
    const html = readFileSync(join(web.path, 'index.html'), 'utf8');
    assetPaths = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  }, 60_000);

  afterAll(async () => {
    await server.close();
    web.remove();
  });

  it('WEB-1: the entry page names its script and style sheet', () => {
    expect(assetPaths.some((p) => p.endsWith('.js'))).toBe(true);
    expect(assetPaths.some((p) => p.endsWith('.css'))).toBe(true);
  });

  it('WEB-1: a browser that accepts brotli gets brotli, for the HTML of a client-side route and every asset it loads', async () => {
    for (const path of ['/j/123456789', ...assetPaths]) {
      const plain = readFileSync(join(web.path, path.startsWith('/assets/') ? path : 'index.html'));
      const response = await rawGet(`${server.baseUrl}${path}`, 'gzip, deflate, br');
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('br');
      expect(String(response.headers.vary), path).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(response.body).equals(plain), path).toBe(true);
      expect(response.body.length, path).toBeLessThan(plain.length);
    }
  });

  it('WEB-1: gzip for a browser without brotli; the file as it is for one that accepts neither', async () => {
    const path = assetPaths.find((p) => p.endsWith('.js')) ?? '';
    const plain = readFileSync(join(web.path, path));
    const gzip = await rawGet(`${server.baseUrl}${path}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain)).toBe(true);
    const identity = await rawGet(`${server.baseUrl}${path}`, null);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
    // The content type is the file's, not the compressed file's.
    expect(String(gzip.headers['content-type'])).toMatch(/javascript/);
  });
});
