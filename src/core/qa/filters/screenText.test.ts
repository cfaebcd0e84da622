import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_REGIONS, SCREENING_FLAGS, screenText } from './index.ts';

/** The screening contract (FILTER-1). */

describe('screenText', () => {
  it('FILTER-1: a clean question raises no flag', () => {
    expect(screenText('How do platforms verify age without collecting more data?').flags).toEqual([]);
    expect(screenText('').flags).toEqual([]);
  });

  it('FILTER-1: each flag comes once, in SCREENING_FLAGS order, whatever the order in the text', () => {
    const text = "Lena, 14, from Kazan: www.example.org, 12 Baker Street, +44 20 7946 0958, anna@example.org, shit, fuck, kill yourself, tiktok: lena_2011";
    expect(screenText(text).flags).toEqual(SCREENING_FLAGS);
  });

  it('FILTER-1: the same text always gives the same flags (pure, no state between calls)', () => {
    const text = 'sh1t, write to anna at gmail dot com';
    const first = screenText(text).flags;
    for (let i = 0; i < 3; i++) expect(screenText(text).flags).toEqual(first);
    expect(first).toEqual(['profanity', 'email']);
  });

  it('FILTER-5: phone regions come from the options; international numbers are found with none', () => {
    // A French national number: found with FR among the regions, not with US alone.
    expect(screenText('appelle-moi au 06 12 34 56 78', { phoneRegions: ['FR'] }).flags).toEqual(['phone']);
    expect(screenText('appelle-moi au 06 12 34 56 78', { phoneRegions: ['US'] }).flags).toEqual([]);
    expect(screenText('call +44 20 7946 0958', { phoneRegions: [] }).flags).toEqual(['phone']);
    // A region libphonenumber does not know is skipped, not an error.
    expect(screenText('appelle-moi au 06 12 34 56 78', { phoneRegions: ['XX', 'FR'] }).flags).toEqual(['phone']);
    expect(DEFAULT_PHONE_REGIONS).toEqual(expect.arrayContaining(['GB', 'US', 'FR', 'DE', 'RU', 'NG', 'IN', 'JP', 'BR', 'KE']));
  });

  it('FILTER-13: allowedDomains lets the organisers\' links and e-mail addresses through; intergovernmental links pass by default', () => {
    expect(screenText('see organisers.org/agenda or write to team@organisers.org', { allowedDomains: ['organisers.org'] }).flags).toEqual([]);
    expect(screenText('see organisers.org/agenda or write to team@organisers.org').flags).toEqual(['email', 'url']);
    expect(screenText('Has unicef.org or itu.int published guidance? See https://doi.org/10.1080/1369118X.2019.1621366').flags).toEqual([]);
    expect(screenText('write to anna.k@unicef.org').flags).toEqual(['email']);
  });

  it('FILTER-1: a question of the maximum length (500 characters) is screened whole', () => {
    const text = `${'How should platforms report on their child safety work? '.repeat(9).slice(0, 496)}fuck`;
    expect(text.length).toBe(500);
    expect(screenText(text).flags).toEqual(['profanity']);
  });

  it('FILTER-10: hostile input of the maximum length is screened (bounded work, nothing special flagged)', () => {
    const hostile: [string, string[]][] = [
      ['a'.repeat(500), []],
      [`${'a'.repeat(499)}1`, []],
      [`a@${'a.'.repeat(249)}`, []],
      ['1 '.repeat(250), []],
      ['1-'.repeat(250), []],
      ['ху'.repeat(250), []],
      ['a*'.repeat(250), []],
      ['('.repeat(250) + '1'.repeat(250), []],
      ['one '.repeat(125), []],
      ['一'.repeat(500), []],
      ['@abc '.repeat(100), ['handle']],
      ['ك '.repeat(250), []],
      ['tiktok: '.repeat(62), []],
      ['Ab, 12, '.repeat(63), ['age_with_name']],
      ['12 a '.repeat(100), []],
    ];
    for (const [text, flags] of hostile) expect(screenText(text.slice(0, 500)).flags, text.slice(0, 20)).toEqual(flags);
  });
});
