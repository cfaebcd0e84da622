import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_LENGTH, makeJoinCode, normaliseJoinCode } from './joinCode.ts';

const FC = { seed: 482913, numRuns: 200 } as const;
const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 });

/** A source of "random" digits replaying the given ones. */
function replaying(values: readonly number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

describe('join codes', () => {
  it('SESS-3: a join code is six digits drawn from the injected source', () => {
    expect(JOIN_CODE_LENGTH).toBe(6);
    expect(makeJoinCode(replaying([4, 8, 2, 9, 1, 3]))).toBe('482913');
    expect(makeJoinCode(replaying([0]))).toBe('000000');
    fc.assert(
      fc.property(digits, (ds) => {
        let calls = 0;
        const code = makeJoinCode(() => ds[calls++] ?? 0);
        expect(calls).toBe(6);
        expect(code).toMatch(/^\d{6}$/);
        expect(code).toBe(ds.join(''));
      }),
      FC,
    );
  });

  it('SESS-3: a code is shown grouped in threes', () => {
    expect(formatJoinCode('482913')).toBe('482 913');
    expect(formatJoinCode('000000')).toBe('000 000');
  });

  it('SESS-3: a code is accepted with or without spaces and dashes', () => {
    for (const input of ['482913', '482 913', '482-913', ' 482 913 ', '4-8-2-9-1-3', '48 29 13', '482\t913', '482 - 913', '482913\n']) {
      expect(normaliseJoinCode(input), JSON.stringify(input)).toBe('482913');
    }
  });

  it('SESS-3: anything that is not six digits is refused', () => {
    for (const input of ['', '48291', '4829134', '482 91', 'abcdef', '482a13', '482_913', '482.913', '+482913', '٤٨٢٩١٣', '４８２９１３']) {
      expect(normaliseJoinCode(input), JSON.stringify(input)).toBeNull();
    }
  });

  it('SESS-3: normalising a formatted code, with any spaces and dashes inserted, gives the code back', () => {
    const separator = fc.constantFrom('', ' ', '-', '  ', ' - ', '\t');
    fc.assert(
      fc.property(digits, fc.array(separator, { minLength: 7, maxLength: 7 }), (ds, seps) => {
        const code = makeJoinCode(replaying(ds));
        expect(normaliseJoinCode(formatJoinCode(code))).toBe(code);
        const typed = ds.map((d, i) => `${seps[i] ?? ''}${String(d)}`).join('') + (seps[6] ?? '');
        expect(normaliseJoinCode(typed)).toBe(code);
      }),
      FC,
    );
  });
});
