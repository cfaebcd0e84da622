import type { MachineInfo } from './proc.ts';

/** One line of the results table. */
export interface Figure {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly openfloor: number | null;
  /** The same measure on the reference (bare `ws` server, or raw better-sqlite3 for ingest). */
  readonly reference: number | null;
  /** OpenFloor ÷ reference. */
  readonly ratio: number | null;
  readonly target: string;
  /** Null where the line has no target of its own (context). */
  readonly met: boolean | null;
  /** Whether the figure must be produced (quick mode fails without it). */
  readonly required: boolean;
  readonly note?: string;
  /** The value is a lower bound (e.g. screens still behind when the wait ended). */
  readonly openfloorAtLeast?: boolean;
  readonly referenceAtLeast?: boolean;
  /** No reference figure: the ratio column is against single choice of the same run (poll kinds). */
  readonly versusSingleChoice?: boolean;
}

export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

export function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function format(value: number | null, unit: string): string {
  if (!finite(value)) return '—';
  if (unit === 'ms') return value < 10 ? value.toFixed(1) : value.toFixed(0);
  if (unit === 'KiB' || unit === 'KB') return value.toFixed(1);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(1);
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
}

/** The results as a Markdown table (also readable in a terminal). */
export function table(figures: readonly Figure[]): string {
  const header = ['figure', 'OpenFloor', 'reference', 'ratio', 'target', 'met?'];
  const rows = figures.map((f) => [
    `${f.name} (${f.unit})`,
    `${f.openfloorAtLeast && finite(f.openfloor) ? '≥ ' : ''}${format(f.openfloor, f.unit)}`,
    `${f.referenceAtLeast && finite(f.reference) ? '≥ ' : ''}${format(f.reference, f.unit)}`,
    finite(f.ratio) ? f.ratio.toFixed(2) : '—',
    f.target,
    f.met === null ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const notes = figures.some((f) => f.openfloorAtLeast || f.referenceAtLeast) ? ['', '≥: a lower bound; some screens had not caught up when the wait ended (their pairs count with their time so far).'] : [];
  if (figures.some((f) => f.versusSingleChoice)) notes.push('', 'Word cloud and open text: the ratio is to single choice of this run (vote to screen p50 or p99), not to the reference.');
  return [pad(header, widths), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map((r) => pad(r, widths)), ...notes].join('\n');
}

export interface PhaseRecord {
  readonly target: string;
  readonly phase: string;
  readonly wallSeconds: number;
  readonly serverCpuSeconds: number;
  readonly serverUserSeconds: number;
  readonly serverSystemSeconds: number;
  readonly fleetCpuSeconds: readonly number[];
  readonly orchestratorCpuSeconds: number;
  /** Busy CPU seconds of the whole machine (/proc/stat). */
  readonly machineCpuSeconds: number;
  /** What the machine spent outside the benchmark's processes: other load, kernel threads. */
  readonly otherCpuSeconds: number;
  /** The phase on CLOCK_MONOTONIC (µs), the clock of V8 CPU profiles. */
  readonly monotonicMicros: { readonly from: number; readonly to: number };
  /** The other processes that used the most CPU meanwhile (by command name). */
  readonly topOthers: readonly { readonly name: string; readonly seconds: number }[];
  /** Kernel TCP counters over the phase (machine-wide): accept-queue overflows and SYN retransmits. */
  readonly listenOverflows: number;
  readonly synRetransmits: number;
}

export function phaseTable(phases: readonly PhaseRecord[]): string {
  const header = ['server', 'phase', 'wall s', 'server CPU s (system)', 'server CPU %', 'fleet CPU s (each)', 'orchestrator CPU s', 'machine busy %', 'other processes CPU s', 'accept-queue drops'];
  const rows = phases.map((p) => [
    p.target,
    p.phase,
    p.wallSeconds.toFixed(1),
    `${p.serverCpuSeconds.toFixed(2)} (${p.serverSystemSeconds.toFixed(2)})`,
    p.wallSeconds > 0 ? `${((100 * p.serverCpuSeconds) / p.wallSeconds).toFixed(0)} %` : '—',
    p.fleetCpuSeconds.map((s) => s.toFixed(2)).join(' + '),
    p.orchestratorCpuSeconds.toFixed(2),
    p.wallSeconds > 0 ? `${((100 * p.machineCpuSeconds) / p.wallSeconds).toFixed(0)} %` : '—',
    `${p.otherCpuSeconds.toFixed(2)}${p.topOthers.length ? ` (${p.topOthers.map((o) => `${o.name} ${o.seconds.toFixed(1)}`).join(', ')})` : ''}`,
    String(p.listenOverflows),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [pad(header, widths), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map((r) => pad(r, widths))].join('\n');
}

export function machineLine(m: MachineInfo): string {
  return `${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}, open files ${m.openFileLimit}, ${m.date}`;
}
