import { describe, expect, it } from 'vitest';
import { hasUrl } from './url.ts';

/** Links (FILTER-6). */

describe('hasUrl', () => {
  it('FILTER-6: URLs with a scheme, www addresses and bare domains with a known TLD', () => {
    for (const text of ['https://bit.ly/abc', 'www.x.org', 'www . x . org', 'example.com/x', 'mail.ru', 'spiegel.de', 'discord.gg/abc', 't.me/anna', 'kids.co.uk', 'anna.it/foto']) {
      expect(hasUrl(text), text).toBe(true);
    }
  });

  it('FILTER-6: domains with the dot spelled out or bracketed', () => {
    for (const text of ['annasworld dot com', 'example[.]com', 'example (dot) org', 'ejemplo punto com']) expect(hasUrl(text), text).toBe(true);
  });

  it('FILTER-6: abbreviations, file names, decimals and missing spaces are not links', () => {
    for (const text of ['e.g. the U.N. report', 'i.e. no', 'node.js and report.pdf', 'Dr.Smith', 'St. Petersburg', '3.5 million', 'SDG 16.2', 'this.It was', 'log.in please', 'A.B.C.']) {
      expect(hasUrl(text), text).toBe(false);
    }
  });
});
