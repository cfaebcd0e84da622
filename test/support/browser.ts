import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; test tools never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots go here (git-ignored) for people to look at. */
export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without the background-networking flags Chromium keeps trying to reach Google's hosts,
    // which this machine's closed network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Builds the web app into `outDir` so that tests never race a developer's own build. */
export function buildWebApp(outDir: string): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Fails the test on any console error or uncaught exception in the page (CSP violations included). */
export function watchForPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
}

/** The origin a request or socket URL reaches, with ws/wss counted as http/https (the same server). */
function originOf(url: string): string | null {
  try {
    return new URL(url.replace(/^ws(s?):/, 'http$1:')).origin;
  } catch {
    return null;
  }
}

/**
 * Records every request and WebSocket that the pages of `context` open to an origin other than
 * `ownOrigin` (PRIV-8): fonts, CDNs, analytics, any other host. Chromium's own background
 * traffic is off (see `launchChromium`); `data:`, `blob:` and `about:` URLs reach no server.
 */
export function watchForThirdPartyRequests(context: BrowserContext, ownOrigin: string, found: string[]): void {
  const check = (url: string, kind: string) => {
    if (/^(data|blob|about):/.test(url)) return;
    if (originOf(url) !== ownOrigin) found.push(`${kind} ${url}`);
  };
  context.on('request', (request) => check(request.url(), request.resourceType()));
  context.on('page', (page) => page.on('websocket', (socket) => check(socket.url(), 'websocket')));
}

/**
 * A page in a fresh browser context (its own storage, like another person's device), watched
 * for errors and, when `thirdParty` is given, for requests to any origin but the page's own.
 */
export async function openPage(browser: Browser, url: string, errors: string[], viewport: { width: number; height: number }, mobile = false, thirdParty?: string[], locale?: string): Promise<Page> {
  // `locale` is the browser's language (navigator.languages, Accept-Language), e.g. 'ar-EG'.
  const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1, ...(locale === undefined ? {} : { locale }) });
  if (thirdParty) watchForThirdPartyRequests(context, new URL(url).origin, thirdParty);
  const page = await context.newPage();
  watchForPageErrors(page, errors);
  await page.goto(url);
  return page;
}

export type { Browser, BrowserContext, Page };
