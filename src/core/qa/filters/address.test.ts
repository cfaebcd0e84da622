import { describe, expect, it } from 'vitest';
import { hasAddress } from './address.ts';
import { clean } from './normalize.ts';

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

  it('FILTER-7: addresses beyond Europe and North America: India, Japan, China, the Arab world, Latin America; post-office boxes', () => {
    const addresses = ['Flat 302, Sai Krupa Apartments, MG Road, Bengaluru 560001', 'H.No. 12-3-456, Banjara Hills', 'House No 45, Sector 15, Noida', 'Plot 14, Kampala Road',
      'P.O. Box 1234, Nairobi', '1-2-3 Jingumae, Shibuya-ku, Tokyo', '东京都新宿区西新宿2-8-1', '北京市朝阳区建国路88号', '幸福小区5号楼2单元301', '浦东新区世纪大道100号3栋1201室',
      'شارع الملك فهد، عمارة 12، شقة 4', 'حي النزهة، شارع 15', '٢٥ شارع التحرير', 'فيلا 23، شارع 14', 'Av. Insurgentes Sur 1234, Col. Del Valle', 'Calle 45 # 12-34, Bogotá',
      'Av. Corrientes 1234, piso 3, depto B', 'Jr. Lampa 123, Lima', 'Pasaje Los Olivos 456', 'Résidence les Pins, bât. B, appt 12', '12 bis rue des Lilas', 'rue 1.234, Yaoundé',
      'Ленинградское шоссе 16, корпус 2', '东京都渋谷区神宮前1丁目2番3号', '١٥ ش التحرير، القاهرة', 'Calle Hidalgo #45, Col. Centro'];
    for (const text of addresses) expect(hasAddress(clean(text)), text).toBe(true);
  });

  it('FILTER-7: public buildings, sections, metro lines and streets without a house number are not addresses', () => {
    const notAddresses = ['المبنى 3 في الوزارة', 'Section 5-2-1 of the guidance', 'Plot 2 in the report shows a drop', 'Our office is on MG Road in Bengaluru', '轨道交通3号线',
      'Корпус 2 университета', 'La Avenida 9 de Julio tiene wifi', 'Building 3 of the ministry', 'Reports 2023 Bengaluru 560 cases'];
    for (const text of notAddresses) expect(hasAddress(clean(text)), text).toBe(false);
  });

  it('FILTER-7: a street without a number, numbers in prose and ranks are not addresses', () => {
    const clean = ['on Baker Street', 'the 2 high court rulings', 'in 3 ways', 'we spent 3 years on this road', 'a 5 year road map', 'a flat 10% fee', 'auf Platz 2',
      'der Weg 2 ist', 'Arbeitsplatz 4.0', 'Article 19 of the CRC', 'COVID 19', 'G20 summit'];
    for (const text of clean) expect(hasAddress(text), text).toBe(false);
  });
});
