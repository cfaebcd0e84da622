import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_LENGTH, makeJoinCode, normaliseJoinCode } from './joinCode.ts';

const FC = { seed: 482913, numRuns: 200 } as const;
const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 });

/** A source of "random" digits replaying the given ones. */
function replaying(values: readonly number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('join codes', () => {
  it('SESS-3: a join code is nine digits drawn from the injected source', () => {
    expect(JOIN_CODE_LENGTH).toBe(9);
    expect(makeJoinCode(replaying([4, 8, 2, 9, 1, 3, 7, 0, 6]))).toBe('482913706');
    expect(makeJoinCode(replaying([0]))).toBe('000000000');
    fc.assert(
      fc.property(digits, (ds) => {
        let calls = 0;
        const code = makeJoinCode(() => ds[calls++] ?? 0);
        expect(calls).toBe(9);
        expect(code).toMatch(/^\d{9}$/);
        expect(code).toBe(ds.join(''));
      }),
      FC,
    );
  });

  it('SESS-3: a code is shown grouped in threes', () => {
    expect(formatJoinCode('482913706')).toBe('482 913 706');
    expect(formatJoinCode('000000000')).toBe('000 000 000');
    // An older session's six-digit code.
    expect(formatJoinCode('482913')).toBe('482 913');
  });

  it('SESS-3: a code is accepted with or without spaces and dashes', () => {
    for (const input of ['482913706', '482 913 706', '482-913-706', ' 482 913 706 ', '4-8-2-9-1-3-7-0-6', '48 29 13 70 6', '482\t913\t706', '482 - 913 - 706', '482913706\n']) {
      expect(normaliseJoinCode(input), JSON.stringify(input)).toBe('482913706');
    }
    // Six-digit codes of sessions made before codes grew to nine digits still work.
    for (const input of ['482913', '482 913', '482-913']) expect(normaliseJoinCode(input), JSON.stringify(input)).toBe('482913');
  });

  it('SESS-3: anything that is not nine (or an older six) digits is refused', () => {
    for (const input of ['', '48291', '4829134', '48291370', '4829137061', '482 91', 'abcdef', '482a13', '482_913', '482.913', '+482913', '٤٨٢٩١٣', '４８２９１３', '482913706a', '482.913.706']) {
      expect(normaliseJoinCode(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('SESS-3: normalising a formatted code, with any spaces and dashes inserted, gives the code back', () => {
    const separator = fc.constantFrom('', ' ', '-', '  ', ' - ', '\t');
    fc.assert(
      fc.property(digits, fc.array(separator, { minLength: 10, maxLength: 10 }), (ds, seps) => {
        const code = makeJoinCode(replaying(ds));
        expect(normaliseJoinCode(formatJoinCode(code))).toBe(code);
        const typed = ds.map((d, i) => `${seps[i] ?? ''}${String(d)}`).join('') + (seps[9] ?? '');
        expect(normaliseJoinCode(typed)).toBe(code);
      }),
      FC,
    );
  });
});
