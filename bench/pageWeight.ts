import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

/**
 * Page weight: what a phone downloads to take part, as the browser receives it. The
 * participant page (`/j/CODE`) is loaded in Debian's Chromium against the running server,
 * asking for compressed files as every browser does; the participant then joins (the first
 * tap), so that code loaded on demand for the live session counts too. Every response's
 * bytes on the wire (headers and encoded body, as Chromium counts them) are summed: what the
 * server sends, not what a gzip of the files would be.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the web app of the checkout in `cwd` into `outDir` (vite, production mode). */
export function buildWebApp(outDir: string, cwd = process.cwd()): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface WireFile {
  readonly path: string;
  readonly kind: 'html' | 'js' | 'css' | 'json' | 'other';
  /** Content-Encoding of the response ('' when sent as it is). */
  readonly encoding: string;
  /** Headers and body as received. */
  readonly wireBytes: number;
  /** The body once decoded. */
  readonly decodedBytes: number;
  /** Loaded before the first tap (the first screen) or after it (joining, the live session). */
  readonly phase: 'first screen' | 'join';
}

export interface PageWeight {
  /** Bytes on the wire of every response until the live session is shown. */
  readonly wireBytes: number;
  /** Of those, the responses of the first screen (before the participant taps). */
  readonly firstScreenWireBytes: number;
  /** The same responses' bodies decoded. */
  readonly decodedBytes: number;
  readonly files: WireFile[];
}

function kindOf(url: string, contentType: string): WireFile['kind'] {
  const path = new URL(url).pathname;
  if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
  if (/text\/css/.test(contentType) || /\.css$/.test(path)) return 'css';
  if (/text\/html/.test(contentType)) return 'html';
  if (/json/.test(contentType)) return 'json';
  return 'other';
}

export async function measurePageWeight(baseUrl: string, joinCode: string): Promise<PageWeight> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const files: Promise<WireFile | null>[] = [];
    let phase: WireFile['phase'] = 'first screen';
    page.on('requestfinished', (request) => {
      const loadedIn = phase;
      files.push(
        (async () => {
          const response = await request.response();
          if (!response) return null;
          const sizes = await request.sizes();
          const headers = await response.allHeaders();
          const body = await response.body().catch(() => Buffer.alloc(0));
          return {
            path: new URL(request.url()).pathname,
            kind: kindOf(request.url(), headers['content-type'] ?? ''),
            encoding: headers['content-encoding'] ?? '',
            wireBytes: sizes.responseHeadersSize + sizes.responseBodySize,
            decodedBytes: body.byteLength,
            phase: loadedIn,
          };
        })().catch(() => null),
      );
    });
    await page.goto(`${baseUrl}/j/${joinCode}`, { waitUntil: 'networkidle', timeout: 30_000 });
    // The first tap: say where you follow from, which joins and opens the live session.
    phase = 'join';
    const onsite = page.getByTestId('channel-onsite');
    await onsite.click({ timeout: 15_000 });
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    await onsite.waitFor({ state: 'detached', timeout: 15_000 });
    const measured = (await Promise.all(files)).filter((f): f is WireFile => f !== null);
    await context.close();
    const sum = (list: WireFile[], of: (f: WireFile) => number) => list.reduce((total, f) => total + of(f), 0);
    return {
      wireBytes: sum(measured, (f) => f.wireBytes),
      firstScreenWireBytes: sum(measured.filter((f) => f.phase === 'first screen'), (f) => f.wireBytes),
      decodedBytes: sum(measured, (f) => f.decodedBytes),
      files: measured,
    };
  } finally {
    await browser.close();
  }
}
