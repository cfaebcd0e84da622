import { constants as zlibConstants } from 'node:zlib';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
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

export default defineConfig({
  root: '.',
  plugins: [
    preact({ reactAliasesEnabled: false }),
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
  },
  server: {
    proxy: {
      '/api': { target: serverUrl },
      '/ws': { target: serverUrl, ws: true },
    },
  },
  preview: { port: 4173, strictPort: true },
});
