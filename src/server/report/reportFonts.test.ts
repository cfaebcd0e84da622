import { describe, expect, it } from 'vitest';
import { FONT_PACKAGES, ReportFontsMissing, findReportFonts } from './reportFonts.ts';
import { hasCjk, isRightToLeft, scriptRuns } from './scriptRuns.ts';

describe('the PDF’s fonts and scripts (REPORT-2)', () => {
  it('REPORT-2: Arabic, Chinese and Latin runs are told apart; an Arabic sentence stays one run', () => {
    expect(scriptRuns('يجب أن تتعاون الحكومات')).toEqual([{ script: 'arabic', text: 'يجب أن تتعاون الحكومات' }]);
    expect(scriptRuns('Speaker 1: 数字素养, Привет')).toEqual([
      { script: 'latin', text: 'Speaker 1: ' },
      { script: 'cjk', text: '数字素养, ' },
      { script: 'latin', text: 'Привет' },
    ]);
    expect(scriptRuns('(2026) مركز')).toEqual([{ script: 'latin', text: '(2026) ' }, { script: 'arabic', text: 'مركز' }]);
    expect(isRightToLeft('«مركز» 2026')).toBe(true);
    expect(isRightToLeft('2026 Report مركز')).toBe(false);
    // Digits are not strong (the Unicode Bidirectional Algorithm's P2): the first letter decides.
    expect(isRightToLeft('2026 مركز')).toBe(true);
    expect(isRightToLeft('2026 - 42 %')).toBe(false);
    expect(hasCjk('家长')).toBe(true);
  });

  it('REPORT-2: a missing font is a clear error naming the script and the packages', () => {
    expect(() => findReportFonts((path) => !path.includes('CJK') && !path.includes('droid'))).toThrow(ReportFontsMissing);
    try {
      findReportFonts((path) => !path.includes('CJK') && !path.includes('droid'));
    } catch (error) {
      expect((error as ReportFontsMissing).scripts).toEqual(['cjk']);
      expect((error as Error).message).toContain(FONT_PACKAGES);
    }
    expect(findReportFonts(() => true).regular.arabic.path).toContain('NotoNaskhArabic');
  });
});
