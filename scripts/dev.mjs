// `npm run dev`: the API server (restarted on change) and Vite's dev server with hot reload,
// which proxies /api and /ws to it. Open the links the server prints: they point at Vite.
import { spawn } from 'node:child_process';

const apiPort = process.env.API_PORT ?? '8787';
const webPort = process.env.WEB_PORT ?? '5173';
const webUrl = `http://localhost:${webPort}`;

const children = [
  spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'watch', 'src/server/main.ts'], {
    stdio: 'inherit',
    env: { DATABASE_URL: 'sqlite:./data/dev.db', ...process.env, PORT: apiPort, PUBLIC_URL: webUrl, ALLOWED_ORIGINS: webUrl },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', webPort, '--strictPort'], {
    stdio: 'inherit',
    env: { ...process.env, OPENFLOOR_SERVER_URL: `http://127.0.0.1:${apiPort}` },
  }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', () => { stop(); process.exitCode = 1; });
