// `npm start`: builds the web app and the server when they are missing or older than their
// sources, then runs the built server as plain JavaScript (no TypeScript loader at run time).
// Plain JavaScript so that it runs before anything is compiled. Where the build tools are
// absent (an install without dev dependencies), what is built is run as it is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under the given paths. */
function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  }
  return latest;
}

/** Runs a build step when `built` is missing or older than `sources` and the tool is installed. */
function buildIfStale(what, built, sources, tool, args) {
  const stale = !existsSync(built) || newest(sources) > statSync(built).mtimeMs;
  if (!stale) return;
  if (!existsSync(tool)) {
    if (existsSync(built)) return;
    console.error(`openfloor: ${built} is missing and ${tool} is not installed: run \`npm ci && npm run build\` first`);
    process.exit(1);
  }
  console.log(`Building ${what}…`);
  const build = spawnSync(process.execPath, [tool, ...args], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

buildIfStale('the web app', 'dist/web/index.html', ['index.html', 'vite.config.ts', 'src/web', 'src/core', 'src/client'], 'node_modules/vite/bin/vite.js', ['build', '--logLevel', 'warn']);
buildIfStale('the server', 'dist/node/server/main.js', ['tsconfig.json', 'tsconfig.build.json', 'src/server', 'src/core'], 'node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);

const server = spawn(process.execPath, ['--enable-source-maps', 'dist/node/server/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
