import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.ts';

describe('CSV cells (POLL-33, REPORT-2)', () => {
  it('POLL-33: a text that a spreadsheet would run is defused; a negative number stays a number', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+41 22 917 1234')).toBe("'+41 22 917 1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-50')).toBe('-50');
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell(-7)).toBe('-7');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});
