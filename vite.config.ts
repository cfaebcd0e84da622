import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * Builds the browser app (src/web, entry index.html) into dist/web, which the server serves
 * as static files, with index.html for every client-side route. The moderator and projector
 * pages are separate chunks loaded on demand, so a phone on the participant page loads little.
 *
 * `npx vite` serves the app for development and forwards the API and the WebSocket to a
 * running OpenFloor server (OPENFLOOR_SERVER_URL, default http://127.0.0.1:3000).
 */
const serverUrl = process.env.OPENFLOOR_SERVER_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: '.',
  plugins: [preact({ reactAliasesEnabled: false })],
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
