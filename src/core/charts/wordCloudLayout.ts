import { textWidth } from './chartText.ts';

/**
 * A deterministic word-cloud layout (POLL-31): biggest words first, each on an Archimedean
 * spiral from the centre whose starting angle comes from the word's key, never overlapping.
 * A word placed before keeps its place while it still fits, so the cloud does not jump when
 * new words arrive. No canvas, no randomness: the same words and previous layout give the
 * same picture on the projector, the phones and in an export.
 */

export interface CloudWord {
  readonly key: string;
  readonly text: string;
  readonly count: number;
}

export interface PlacedWord extends CloudWord {
  /** Centre of the word's baseline box. */
  readonly x: number;
  readonly y: number;
  readonly fontSize: number;
  readonly width: number;
  readonly height: number;
}

export interface CloudBox {
  readonly width: number;
  readonly height: number;
}

const MIN_FONT = 16;
const MAX_FONT = 64;
const PAD = 4;

function angleOf(key: string): number {
  let h = 7;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) >>> 0;
  return ((h % 360) * Math.PI) / 180;
}

function overlaps(a: PlacedWord, b: PlacedWord): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width + PAD * 2 && Math.abs(a.y - b.y) * 2 < a.height + b.height + PAD;
}

function inside(w: PlacedWord, box: CloudBox): boolean {
  return w.x - w.width / 2 >= 0 && w.x + w.width / 2 <= box.width && w.y - w.height / 2 >= 0 && w.y + w.height / 2 <= box.height;
}

/** Font size for a count: by the square root, so one dominant word leaves room for others. */
export function fontSizeFor(count: number, max: number): number {
  if (max <= 1) return Math.round((MIN_FONT + MAX_FONT) / 2);
  return Math.round(MIN_FONT + (MAX_FONT - MIN_FONT) * Math.sqrt((count - 1) / (max - 1)));
}

export function layoutWordCloud(words: readonly CloudWord[], box: CloudBox, previous: ReadonlyMap<string, { readonly x: number; readonly y: number }> = new Map()): PlacedWord[] {
  const max = words.reduce((m, w) => Math.max(m, w.count), 0);
  const ordered = [...words].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const placed: PlacedWord[] = [];
  const fits = (w: PlacedWord) => inside(w, box) && placed.every((p) => !overlaps(p, w));
  // Words that had a place keep it first: the others arrange themselves around them.
  const kept = ordered.filter((w) => previous.has(w.key));
  const fresh = ordered.filter((w) => !previous.has(w.key));
  for (const word of [...kept, ...fresh]) {
    const fontSize = fontSizeFor(word.count, max);
    const size = { fontSize, width: textWidth(word.text, fontSize), height: fontSize * 1.1 };
    const before = previous.get(word.key);
    if (before) {
      const candidate = { ...word, ...size, x: before.x, y: before.y };
      if (fits(candidate)) {
        placed.push(candidate);
        continue;
      }
    }
    const start = angleOf(word.key);
    for (let step = 0; step < 1500; step++) {
      const theta = start + step * 0.3;
      const r = 3 * step * 0.3;
      const candidate = { ...word, ...size, x: box.width / 2 + r * Math.cos(theta) * 1.6, y: box.height / 2 + r * Math.sin(theta) };
      if (fits(candidate)) {
        placed.push({ ...candidate, x: Math.round(candidate.x), y: Math.round(candidate.y) });
        break;
      }
      if (r > box.width) break;
    }
  }
  return placed;
}
