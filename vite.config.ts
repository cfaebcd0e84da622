import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import preact from '@preact/preset-vite';
import { defineConfig, type Rolldown } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * Builds the browser app (src/web, entry index.html) into dist/web, which the server serves
 * as static files, with index.html for every client-side route. The moderator and projector
 * pages are separate chunks loaded on demand, so a phone on the participant page loads little.
 * Every text file is written a second and third time, brotli- and gzip-compressed at their
 * highest levels (`.br`, `.gz`), which the server sends to browsers that accept them: a phone
 * on venue Wi-Fi downloads the compressed bytes, and the server spends no CPU compressing.
 *
 * `npx vite` serves the app for development and forwards the API and the WebSocket to a
 * running OpenFloor server (OPENFLOOR_SERVER_URL, default http://127.0.0.1:3000).
 */
const serverUrl = process.env.OPENFLOOR_SERVER_URL ?? 'http://127.0.0.1:3000';

const APP_ENTRY = fileURLToPath(new URL('src/web/main.tsx', import.meta.url));
const SESSION_ENTRY = fileURLToPath(new URL('src/web/participant/ParticipantSession.tsx', import.meta.url));

/** Every module `from` reaches through static imports, itself included. */
function staticClosure(from: string, ctx: Rolldown.ChunkingContext): Set<string> {
  const seen = new Set<string>();
  for (const pending = [from]; pending.length > 0; ) {
    const id = pending.pop() ?? '';
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** The modules of `session-shared`, found once per build (`sessionSharedReset` clears them). */
let sessionShared: Set<string> | null = null;
const sessionSharedReset = {
  name: 'openfloor:session-shared-reset',
  buildStart() {
    sessionShared = null;
  },
};

/**
 * WEB-7: the modules the joined participant's chunk (WEB-5) imports and the first bundle does
 * not have go into one chunk, `session-shared`, instead of the handful of small chunks the
 * bundler makes for what the session shares with the staff pages (the socket client, charts,
 * floor and Q&A names…). Each chunk is one more request, and a phone on a slow network waits
 * a round trip for every few of them (six connections per server over HTTP/1.1).
 */
function sessionSharedChunk(id: string, ctx: Rolldown.ChunkingContext): string | null {
  if (!sessionShared) {
    const first = staticClosure(APP_ENTRY, ctx);
    sessionShared = new Set([...staticClosure(SESSION_ENTRY, ctx)].filter((m) => m !== SESSION_ENTRY && !first.has(m)));
  }
  return sessionShared.has(id) ? 'session-shared' : null;
}

export default defineConfig({
  root: '.',
  plugins: [
    preact({ reactAliasesEnabled: false }),
    sessionSharedReset,
    compression({
      include: /\.(?:html|js|css|svg|json|webmanifest)$/,
      algorithms: [
        ['brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }],
        ['gzip', { level: 9 }],
      ],
      // A file that does not shrink is sent as it is.
      skipIfLargerOrEqual: true,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser OpenFloor supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: sessionSharedChunk, debugName: 'session-shared', includeDependenciesRecursively: false }] },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: serverUrl },
      '/ws': { target: serverUrl, ws: true },
    },
  },
  preview: { port: 4173, strictPort: true },
});
