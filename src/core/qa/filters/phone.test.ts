import { describe, expect, it } from 'vitest';
import { DEFAULT_PHONE_REGIONS } from './index.ts';
import { clean } from './normalize.ts';
import { hasPhone } from './phone.ts';
import { withoutReferences } from './references.ts';

/** Phone numbers (FILTER-5). */

const has = (text: string): boolean => hasPhone(clean(text), DEFAULT_PHONE_REGIONS);

describe('hasPhone', () => {
  it('FILTER-5: national numbers of the default regions and international numbers', () => {
    const numbers = ['07700 900123', '+44 20 7946 0958', '06 12 34 56 78', '612 345 678', '0151 23456789', '8 916 123-45-67', '0803 123 4567',
      '0712 345678', '98765 43210', '090-1234-5678', '(11) 91234-5678', '(202) 555-0147', '0049 30 12345678'];
    for (const text of numbers) expect(has(`call ${text}`), text).toBe(true);
  });

  it('FILTER-5: numbers typed with spaces between digits or letters for digits', () => {
    for (const text of ['0 7 7 0 0 9 0 0 1 2 3', 'O77OO 9OO123', '07700.900.123', '＋４４ ２０ ７９４６ ０９５８']) expect(has(text), text).toBe(true);
  });

  it('FILTER-5: Chinese, Arab and Latin American numbers, Arabic-Indic digits, the old Mexican mobile prefix', () => {
    for (const text of ['13812345678', '138 1234 5678', '0501234567', '+966 50 123 4567', '٠١٠١٢٣٤٥٦٧٨', '06 12 34 56 78', '+52 1 55 1234 5678', '11 2345-6789']) {
      expect(has(`call ${text}`), text).toBe(true);
    }
    expect(has('Llámame al 612 345 678')).toBe(true);
    expect(has('call me on 612 345 678 tonight')).toBe(true);
  });

  it('FILTER-5: amounts and counts grouped with spaces or in Indian style, and publication references, are not phone numbers', () => {
    const amounts = ['EUR 3 500 000 for helplines', '1 200 000 children', 'The fine was USD 5 700 000', 'from 2 100 000 to 3 400 000?', '3 500 000 دولار', '举报量 3 100 000',
      '1,20,00,000 children', '₹ 15,00,000', '١٬٢٥٠٬٠٠٠ ريال', 'PMID: 34567890', 'PMC8123456', 'ISSN 0145-2134', 'arXiv:2301.12345',
      '٣٥٠٠٠٠٠ دولار للأطفال', '1200000 children use it'];
    for (const text of amounts) expect(has(withoutReferences(clean(text))), text).toBe(false);
  });

  it('FILTER-5: years, dates, times, quantities, percentages and legal references are not phone numbers', () => {
    const clean = ['200,000 children', '2019-2023', '12.03.2024', '1.500.000 niños', 'Article 19', 'SDG 16.2', 'resolution 2250 (2015)', '10:30 to 11:45',
      'Regulation (EU) 2022/2065', 'Directive 2011/93/EU', 'COM(2022) 209', 'Law 2021/784', '14 000 000 euros', 'ISBN 978-3-16-148410-0',
      '1 in 3 children', 'rose 300% from 2010 to 2020', 'in 2022, 2,300,000 reports', 'the helpline 116 111', 'from 2020 lol 2021', 'http://192.168.1.20:8080'];
    for (const text of clean) expect(has(text), text).toBe(false);
  });
});
