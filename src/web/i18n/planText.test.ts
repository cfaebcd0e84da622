import { describe, expect, it } from 'vitest';
import { guidelineLangs, planTextLang } from './planText.ts';

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

describe('I18N-10: the language of guidelines shown in a fallback', () => {
  const doc = (v: string) => [{ t: 'p' as const, c: [{ t: 'text' as const, v }] }];
  const view = { onsite: doc('Raise your hand.'), online: doc('Use the button.'), codeOfConduct: doc('Be kind.'), translations: { ar: { onsite: doc('ارفعوا أيديكم.'), codeOfConduct: doc('كونوا لطفاء.') } } };

  it('marks each text shown in the session language on a page in another, and only those', () => {
    expect(guidelineLangs(view, 'en', 'ar')).toEqual({ onsite: undefined, online: 'en', codeOfConduct: undefined });
    expect(guidelineLangs(view, 'en', 'fr')).toEqual({ onsite: 'en', online: 'en', codeOfConduct: 'en' });
    expect(guidelineLangs(view, 'en', 'en')).toEqual({ onsite: undefined, online: undefined, codeOfConduct: undefined });
  });

  it('a translated code of conduct of a session without one is not shown, so the (empty) session text keeps the session language', () => {
    expect(guidelineLangs({ ...view, codeOfConduct: [] }, 'en', 'ar').codeOfConduct).toBe('en');
  });
});
