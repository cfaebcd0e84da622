import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
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
  readonly open: (url: string, viewport: { width: number; height: number }, mobile?: boolean) => Promise<Page>;
}

/**
 * Registers the hooks of an end-to-end block: builds the web app into a temporary folder,
 * starts the server on it with its own database (`env` added to the environment), launches
 * Chromium; closes all of it afterwards. Call it inside `describe`.
 */
export function e2eStage(databaseName: string, env: Readonly<Record<string, string>> = {}): E2eStage {
  const dir = tempDir();
  const databasePath = join(dir.path, databaseName);
  const errors: string[] = [];
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const webRoot = join(dir.path, 'web');
    buildWebApp(webRoot);
    server = await startServerProcess({ PORT: '0', DATABASE_URL: databasePath, OPENFLOOR_WEB_ROOT: webRoot, ...env });
    browser = await launchChromium();
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
    open: (url, viewport, mobile = false) => {
      if (!browser) throw new Error('Chromium is not launched yet (use it inside a test)');
      return openPage(browser, url, errors, viewport, mobile);
    },
  };
}
