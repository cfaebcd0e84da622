import { describe, expect, it } from 'vitest';
import { planTextLang } from './planText.ts';

describe('I18N-8: the language of a plan text shown in a fallback', () => {
  const translations = { ar: { title: 'الافتتاح' }, fr: { policyQuestion: 'Quelle question ?' } };

  it('marks the session language’s text on a page in another language, and nothing else', () => {
    expect(planTextLang(translations, 'title', 'en', 'ar')).toBeUndefined();
    expect(planTextLang(translations, 'title', 'en', 'fr')).toBe('en');
    expect(planTextLang(translations, 'policyQuestion', 'en', 'fr')).toBeUndefined();
    expect(planTextLang(undefined, 'title', 'en', 'en')).toBeUndefined();
    expect(planTextLang(undefined, 'title', 'ru', 'zh')).toBe('ru');
    expect(planTextLang({ ar: { title: '' } }, 'title', 'en', 'ar')).toBe('en');
  });
});
