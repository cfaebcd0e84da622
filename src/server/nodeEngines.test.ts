import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README promises Node.js 20 (package.json: `engines.node`). Every package the lockfile
 * installs must accept that Node, or `npm ci` prints EBADENGINE and, for ESM-only majors that
 * need `require(esm)`, may fail at run time on older Node 20 releases.
 *
 * package.json's `overrides` hold two such picks: light-my-request 6.6.0 (fastify's range
 * ^6.0.0 accepts it; it uses cookie ^1, which accepts Node 18+, where 6.8 pulls cookie 2, Node 22+)
 * and content-disposition 2.0.1 for @fastify/static 10.1.11 (which asks for ^3, ESM-only and
 * Node 22+, but calls only `create(filename)`, the same in 2.0.1; no @fastify/static release
 * on content-disposition 2 has the path-spelling checks of 10.1.4 and later).
 */

type Version = readonly [number, number, number];

function parse(text: string): { version: Version; parts: number } {
  const numbers = text.replace(/^v/, '').split('.').filter((p) => p !== '' && p !== 'x' && p !== '*');
  const n = numbers.map(Number);
  return { version: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0], parts: numbers.length };
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The subset of npm's range grammar that `engines.node` fields use: ||, ^, ~, x-ranges, <, <=, >, >=, =. */
export function satisfies(node: Version, range: string): boolean {
  return range.split('||').some((alternative) => {
    const comparators = alternative.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean);
    if (comparators.length === 0) return true;
    return comparators.every((c) => {
      const match = /^(<=|>=|<|>|=|\^|~)?(.*)$/.exec(c);
      const op = match?.[1] ?? '';
      const { version, parts } = parse(match?.[2] ?? '');
      const cmp = compare(node, version);
      switch (op) {
        case '>=': return cmp >= 0;
        case '>': return cmp > 0;
        case '<=': return cmp <= 0;
        case '<': return cmp < 0;
        case '^': return cmp >= 0 && node[0] === version[0];
        case '~': return cmp >= 0 && node[0] === version[0] && (parts < 2 || node[1] === version[1]);
        default:
          // A bare or x-range version: equal on the parts it gives.
          return node.slice(0, Math.max(parts, 0)).every((v, i) => v === version[i]);
      }
    });
  });
}

describe('the engines of installed packages', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; engines?: unknown }> };
  // The oldest Node the project promises: the lower bound of its own engines field.
  const oldest = parse(/\d+(\.\d+){0,2}/.exec(manifest.engines.node)?.[0] ?? '20').version;

  it('reads the ranges that engines fields use', () => {
    expect(satisfies([20, 11, 0], '>=22')).toBe(false);
    expect(satisfies([20, 11, 0], '>=18')).toBe(true);
    expect(satisfies([20, 11, 0], '>= 0.6')).toBe(true);
    expect(satisfies([20, 11, 0], '18 || 20 || >=22')).toBe(true);
    expect(satisfies([20, 11, 0], '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies([20, 11, 0], '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies([20, 11, 0], '^14.17.0 || ^16.10.0 || >=17.0.0')).toBe(true);
  });

  it('every package in the lockfile accepts the oldest promised Node (no EBADENGINE on npm ci)', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const engines = entry.engines;
        const range = typeof engines === 'object' && engines !== null && 'node' in engines && typeof engines.node === 'string' ? engines.node : null;
        return range !== null && !satisfies(oldest, range) ? [`${path.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'} wants node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
