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

  it('FILTER-4: addresses spelled in Arabic, Chinese and Cyrillic words, and with # for @', () => {
    const spelled = ['ahmed99 على جيميل دوت كوم', 'layla ات هوتميل دوت كوم', 'yousef آت جي ميل نقطة كوم', 'xiaoming2011 艾特 qq 点 com', 'wangfang 圈a 126 点 com',
      'lihua_12#163.com（#换成@）', 'миша собака мейл точка ру', 'nastya2010 собака яндекс точка ру', 'lily 2011 at g mail dot com'];
    for (const text of spelled) expect(hasEmail(text), text).toBe(true);
  });

  it('FILTER-4: "at" and "dot" in prose are not an address', () => {
    for (const text of ['we meet at school', 'who is at risk?', 'children at risk on tiktok', 'at the end of the day. Dot', '@UNICEF said so', 'أنا على تواصل مع المدرسة', 'C# and .NET classes', '#metoo campaign']) {
      expect(hasEmail(text), text).toBe(false);
    }
  });
});
