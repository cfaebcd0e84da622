import { describe, expect, it } from 'vitest';
import { hasAddress } from './address.ts';

/** Street addresses (FILTER-7). */

describe('hasAddress', () => {
  it('FILTER-7: house number and street in the orders of several languages', () => {
    const addresses = ['12 Baker Street', '221B Baker St.', '12 baker street', '3 Oak Close', 'Rue de Rivoli 5', '12 rue de Rivoli', 'Calle Mayor 5', 'C/ Mayor, 5',
      'Hauptstraße 3', 'Berliner Straße 12', 'Lindenweg 7a', 'ул. Ленина, д. 5', 'улица Мира 12', 'Rua Augusta, 100', 'Via Roma 10'];
    for (const text of addresses) expect(hasAddress(text), text).toBe(true);
  });

  it('FILTER-7: flat numbers and UK postcodes', () => {
    for (const text of ['flat 4', 'кв. 12', 'SW1A 1AA', 'M1 1AE']) expect(hasAddress(text), text).toBe(true);
  });

  it('FILTER-7: a street without a number, numbers in prose and ranks are not addresses', () => {
    const clean = ['on Baker Street', 'the 2 high court rulings', 'in 3 ways', 'we spent 3 years on this road', 'a 5 year road map', 'a flat 10% fee', 'auf Platz 2',
      'der Weg 2 ist', 'Arbeitsplatz 4.0', 'Article 19 of the CRC', 'COVID 19', 'G20 summit'];
    for (const text of clean) expect(hasAddress(text), text).toBe(false);
  });
});
