import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildWebApp, launchChromium, openPage, type Browser, type Page } from './browser.ts';
import { startServerProcess, tempDir, type ServerProcess } from './testServer.ts';

/** What an end-to-end `describe` block runs against: a built web app, a server process, one Chromium. */
export interface E2eStage {
  /** The server process (after `beforeAll`). */
  readonly server: ServerProcess;
  /** The server's SQLite file, for tests that read what was stored. */
  readonly databasePath: string;
  /** Page errors, failed requests and CSP reports of every page opened (see `openPage`). */
  readonly errors: string[];
  /** Opens `url` in a fresh browser context; `locale` is the browser's language (e.g. 'ar-EG'). */
  readonly open: (url: string, viewport: { width: number; height: number }, mobile?: boolean, locale?: string) => Promise<Page>;
  /**
   * The requests to other origins recorded since the last test, emptied: for a test that makes
   * one on purpose. Any left at the end of a test fail it (PRIV-8).
   */
  readonly takeThirdPartyRequests: () => string[];
}

/**
 * Registers the hooks of an end-to-end block: builds the web app into a temporary folder,
 * starts the server on it with its own database (`env` added to the environment), launches
 * Chromium; closes all of it afterwards. Call it inside `describe`. Every page it opens is
 * watched for requests to origins other than the server's own, and a test whose pages made
 * one fails (PRIV-8: no fonts, CDNs or analytics from anywhere else).
 */
export function e2eStage(databaseName: string, env: Readonly<Record<string, string>> = {}): E2eStage {
  const dir = tempDir();
  const databasePath = join(dir.path, databaseName);
  const errors: string[] = [];
  const thirdParty: string[] = [];
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const webRoot = join(dir.path, 'web');
    buildWebApp(webRoot);
    server = await startServerProcess({ PORT: '0', DATABASE_URL: databasePath, OPENFLOOR_WEB_ROOT: webRoot, ...env });
    browser = await launchChromium();
  });

  afterEach(() => {
    const found = thirdParty.splice(0);
    if (found.length > 0) throw new Error(`PRIV-8: the pages requested other origins than the server's own:\n${found.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.kill('SIGTERM');
    dir.remove();
  });

  return {
    get server() {
      if (!server) throw new Error('the e2e server is not started yet (use it inside a test)');
      return server;
    },
    databasePath,
    errors,
    open: (url, viewport, mobile = false, locale) => {
      if (!browser) throw new Error('Chromium is not launched yet (use it inside a test)');
      return openPage(browser, url, errors, viewport, mobile, thirdParty, locale);
    },
    takeThirdPartyRequests: () => thirdParty.splice(0),
  };
}
