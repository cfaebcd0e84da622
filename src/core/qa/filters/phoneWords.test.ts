import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_REGIONS } from './index.ts';
import { clean } from './normalize.ts';
import { hasSpelledPhone, spelledNumbers } from './phoneWords.ts';

/** Phone numbers spelled out in words (FILTER-5). */

const has = (text: string): boolean => hasSpelledPhone(clean(text), DEFAULT_PHONE_REGIONS);

describe('hasSpelledPhone', () => {
  it('FILTER-5: number words read as the digits one dials, in the six UN languages', () => {
    expect(spelledNumbers('zéro six douze trente-quatre cinquante-six soixante-dix-huit')).toEqual(['0612345678']);
    expect(spelledNumbers('восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять')).toEqual(['89123456789']);
    expect(spelledNumbers('zero 7 7 double zero 9 double zero 1 2 3')).toEqual(['07700900123']);
    expect(spelledNumbers('once veintitrés cuarenta y cinco sesenta y siete ochenta y nueve')).toEqual(['1123456789']);
    expect(spelledNumbers('quatre-vingt-dix-huit dix-sept')).toEqual([]);
    const texts = ['call me zero seven seven zero zero nine zero zero one two three', 'appelle-moi au zéro six douze trente-quatre cinquante-six soixante-dix-huit',
      'mi número es seis cero cero uno dos tres cuatro cinco seis', 'звони: восемь девять один два три четыре пять шесть семь восемь девять',
      'رقمي صفر خمسة صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة', '我的手机号是一三八一二三四五六七八', '手机 壹叁捌壹贰叁肆伍陆柒捌', 'номер 8 912 триста сорок пять 67 89'];
    for (const text of texts) expect(has(text), text).toBe(true);
  });

  it('FILTER-5: counting, years and amounts in words are not phone numbers', () => {
    const clean = ['Count with me: one two three four five six seven', 'two thousand and twenty-four', '一千二百万儿童', '二〇二四年的报告', 'cinq ou six enfants sur dix',
      'I have one, two or three apps', 'tres de cada diez niños'];
    for (const text of clean) expect(has(text), text).toBe(false);
  });
});
