// @ts-check
// The report's document thread (see reportRenderer.ts): draws PDFs and Word files away from the
// event loop, which keeps serving the live sessions' sockets meanwhile. Plain JavaScript, so it
// starts the same way under `node --import tsx`, under vitest and under a plain `node`: without
// a TypeScript loader it registers tsx itself; and as built JavaScript.
import { existsSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';

if (!parentPort) throw new Error('reportWorker.js runs as a worker thread');
const port = parentPort;

/**
 * The renderers. Built (`npm run build`), they sit beside this file as JavaScript; from the
 * sources, a worker does not always inherit the parent's TypeScript loader (Node 20), so it
 * registers tsx when it has none. Specifiers in variables: the build must not resolve them.
 */
async function renderers() {
  if (existsSync(new URL('./reportPdf.js', import.meta.url))) return load('.js');
  try {
    return await load('.ts');
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
    const { register } = await import('tsx/esm/api');
    register();
    // Another URL: the loader keeps the failed import of the first one.
    return load('.ts?tsx');
  }
}

/** @param {string} ext */
async function load(ext) {
  const pdf = `./reportPdf${ext}`;
  const docx = `./reportDocx${ext}`;
  return { ...(await import(pdf)), ...(await import(docx)) };
}
const { renderPdf, renderDocx } = await renderers();

port.on('message', async (/** @type {{ id: number, kind: 'pdf' | 'docx', report: any }} */ job) => {
  try {
    const bytes = job.kind === 'pdf' ? await renderPdf(job.report) : await renderDocx(job.report);
    const copy = new Uint8Array(bytes);
    port.postMessage({ id: job.id, ok: true, bytes: copy }, [copy.buffer]);
  } catch (error) {
    const e = /** @type {Error} */ (error);
    port.postMessage({ id: job.id, ok: false, name: e.name, message: e.message });
  }
});
port.postMessage({ ready: true });
