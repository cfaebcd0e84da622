import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = join(import.meta.dirname, '../../src/web');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('dates on the pages (I18N-1)', () => {
  it("I18N-1: every date and time is written in the person's chosen language (formatDateTime), never the browser's (toLocale…String)", () => {
    const offenders = sources(WEB).flatMap((file) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      return lines.flatMap((line, i) => (/\.toLocale(Date|Time)?String\(/.test(line) ? [`${file.slice(WEB.length + 1)}:${i + 1}`] : []));
    });
    expect(offenders).toEqual([]);
  });
});
