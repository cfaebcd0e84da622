import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/**
 * Page weight: what a phone downloads to take part. The participant page (`/j/CODE`) is
 * loaded in Debian's Chromium against the running server; the participant then joins (the
 * first tap), so that code loaded on demand for the live session counts too. Every
 * JavaScript and CSS response body is gzipped at level 9 and summed.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Builds the web app into `outDir` (vite, production mode). */
export function buildWebApp(outDir: string): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface PageWeight {
  readonly gzipBytes: number;
  readonly rawBytes: number;
  readonly files: { readonly path: string; readonly kind: 'js' | 'css'; readonly rawBytes: number; readonly gzipBytes: number }[];
}

function kindOf(url: string, contentType: string): 'js' | 'css' | null {
  const path = new URL(url).pathname;
  if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
  if (/text\/css/.test(contentType) || /\.css$/.test(path)) return 'css';
  return null;
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
    const bodies: Promise<PageWeight['files'][number] | null>[] = [];
    page.on('response', (response) => {
      const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
      if (!kind || response.status() !== 200) return;
      bodies.push(
        response.body().then(
          (body) => ({ path: new URL(response.url()).pathname, kind, rawBytes: body.byteLength, gzipBytes: gzipSync(body, { level: 9 }).byteLength }),
          () => null,
        ),
      );
    });
    await page.goto(`${baseUrl}/j/${joinCode}`, { waitUntil: 'networkidle', timeout: 30_000 });
    // The first tap: say where you follow from, which joins and opens the live session.
    const onsite = page.getByTestId('channel-onsite');
    await onsite.click({ timeout: 15_000 });
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    await onsite.waitFor({ state: 'detached', timeout: 15_000 });
    await context.close();
    const files = (await Promise.all(bodies)).filter((f): f is PageWeight['files'][number] => f !== null);
    return {
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
      files,
    };
  } finally {
    await browser.close();
  }
}
