import { describe, expect, it } from 'vitest';
import { hasEmail } from './email.ts';

/** E-mail addresses (FILTER-4). */

describe('hasEmail', () => {
  it('FILTER-4: plain addresses, including internationalised domains', () => {
    for (const text of ['anna@example.org', 'write to j.okafor@school.edu.ng now', 'tom.k@школа.рф', 'max @ example . com']) expect(hasEmail(text), text).toBe(true);
  });

  it('FILTER-4: addresses spelled out with words or brackets, in several languages', () => {
    const spelled = ['anna at gmail dot com', 'anna[at]mail.ru', 'anna (at) mail (dot) ru', 'kid2012 at hotmail', 'lucia arroba gmail punto com',
      'léa arobase orange point fr', 'аня собака mail точка ru', 'ben [at] gmx [punkt] de', 'sam<at>proton<dot>me'];
    for (const text of spelled) expect(hasEmail(text), text).toBe(true);
  });

  it('FILTER-4: "at" and "dot" in prose are not an address', () => {
    for (const text of ['we meet at school', 'who is at risk?', 'children at risk on tiktok', 'at the end of the day. Dot', '@UNICEF said so']) {
      expect(hasEmail(text), text).toBe(false);
    }
  });
});
