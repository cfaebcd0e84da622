import { describe, expect, it } from 'vitest';
import { canonicalJson, commandFingerprint } from './commandFingerprint.ts';

describe('command fingerprints (PROTO-4)', () => {
  it('PROTO-4: equal commands have one fingerprint whatever their key order; any other value changes it', () => {
    const a = commandFingerprint({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2'] });
    const reordered = JSON.parse('{"optionIds":["o1","o2"],"pollId":"p1","type":"poll.vote"}') as Parameters<typeof commandFingerprint>[0];
    expect(commandFingerprint(reordered)).toBe(a);
    expect(commandFingerprint({ type: 'poll.vote', pollId: 'p1', optionIds: ['o2', 'o1'] })).not.toBe(a);
    expect(commandFingerprint({ type: 'poll.vote', pollId: 'p2', optionIds: ['o1', 'o2'] })).not.toBe(a);
    expect(a).toMatch(/^[\w-]{22}$/);
  });

  it('PROTO-4: canonical JSON sorts keys at every depth and keeps nulls, arrays and strings exact', () => {
    expect(canonicalJson({ b: 1, a: { d: null, c: [2, 'x"y'] } })).toBe('{"a":{"c":[2,"x\\"y"],"d":null},"b":1}');
    expect(canonicalJson({ a: undefined, b: true })).toBe('{"b":true}');
  });
});
