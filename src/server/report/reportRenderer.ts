import { Worker } from 'node:worker_threads';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import { ReportFontsMissing, findReportFonts } from './reportFonts.ts';

/**
 * Draws the PDF and the Word file on a worker thread (REPORT-2): a PDF takes a second or two
 * of CPU (fonts parsed and subset each time), which on the main thread would hold up every
 * live socket of the server. One thread, started on first use, jobs one after another, ended
 * after a minute without work. The fonts are checked here first, so that a missing font is a
 * clear error at once.
 */

export type DocumentKind = 'pdf' | 'docx';

interface Pending {
  readonly resolve: (bytes: Buffer) => void;
  readonly reject: (error: Error) => void;
}

const IDLE_MS = 60_000;

export class ReportRenderer {
  #worker: Worker | null = null;
  #ready: Promise<void> | null = null;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #idle: ReturnType<typeof setTimeout> | null = null;

  async render(kind: DocumentKind, report: SessionReport): Promise<Buffer> {
    if (kind === 'pdf') findReportFonts();
    const worker = await this.#start();
    if (this.#idle) clearTimeout(this.#idle);
    const id = this.#nextId++;
    // A job keeps the process alive until it is answered; an idle thread does not.
    worker.ref();
    return new Promise<Buffer>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ id, kind, report });
    });
  }

  #start(): Promise<Worker> {
    if (this.#worker && this.#ready) {
      const worker = this.#worker;
      return this.#ready.then(() => worker);
    }
    const worker = new Worker(new URL('./reportWorker.js', import.meta.url));
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => resolve());
    });
    worker.on('message', (message: { id?: number; ok?: boolean; bytes?: Uint8Array; name?: string; message?: string }) => {
      if (message.id === undefined) return;
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (!pending) return;
      if (message.ok && message.bytes) pending.resolve(Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength));
      else pending.reject(message.name === 'ReportFontsMissing' ? new ReportFontsMissing([]) : new Error(message.message ?? 'report rendering failed'));
      if (this.#pending.size === 0) {
        worker.unref();
        this.#scheduleStop();
      }
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', () => {
      if (this.#worker === worker) {
        this.#worker = null;
        this.#ready = null;
        this.#fail(new Error('the report thread stopped'));
      }
    });
    return this.#ready.then(() => worker);
  }

  #fail(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
  }

  #scheduleStop(): void {
    this.#idle = setTimeout(() => void this.close(), IDLE_MS);
    this.#idle.unref();
  }

  async close(): Promise<void> {
    if (this.#idle) clearTimeout(this.#idle);
    const worker = this.#worker;
    this.#worker = null;
    this.#ready = null;
    if (worker) await worker.terminate();
  }
}
