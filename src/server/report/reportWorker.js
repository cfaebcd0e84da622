// @ts-check
// The report's document thread (see reportRenderer.ts): draws PDFs and Word files away from the
// event loop, which keeps serving the live sessions' sockets meanwhile. Plain JavaScript, so it
// starts the same way under `node --import tsx` (the worker inherits the loader), under vitest
// and under a plain `node`: without a TypeScript loader it registers tsx itself.
import { parentPort } from 'node:worker_threads';

if (!parentPort) throw new Error('reportWorker.js runs as a worker thread');
const port = parentPort;

if (!process.execArgv.some((arg) => arg.includes('tsx'))) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { renderPdf } = await import('./reportPdf.ts');
const { renderDocx } = await import('./reportDocx.ts');

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
