import { describe, expect, it } from 'vitest';
import { evolveGuidelines } from './guidelines/guidelinesEvents.ts';
import { guidelinesIn } from './guidelines/guidelinesInLanguage.ts';
import { guidelinesView } from './guidelines/guidelinesView.ts';
import type { SessionState } from './sessionState.ts';
import { sessionPlanSchema } from './plan.ts';
import { pickText } from './pickText.ts';

const item = { title: 'Opening', plannedMinutes: 5, kind: 'opening' } as const;

describe('plan texts per language (I18N-5)', () => {
  it('I18N-5: a person sees their language\'s version, else the session language\'s text', () => {
    const translations = { ar: { title: 'الافتتاح' }, fr: { policyQuestion: 'Pourquoi ?' } };
    expect(pickText('Opening', translations, 'title', 'ar')).toBe('الافتتاح');
    // French has a policy question but no title: the title falls back to the session's.
    expect(pickText('Opening', translations, 'title', 'fr')).toBe('Opening');
    expect(pickText('Why?', translations, 'policyQuestion', 'fr')).toBe('Pourquoi ?');
    expect(pickText('Opening', translations, 'title', 'zh')).toBe('Opening');
    expect(pickText('Opening', undefined, 'title', 'ar')).toBe('Opening');
    // Not one of the six: the session's text.
    expect(pickText('Opening', translations, 'title', 'de')).toBe('Opening');
  });

  it('I18N-5: old plans (plain strings) stay valid; translations are checked like the texts they translate', () => {
    const old = sessionPlanSchema.parse({ title: 'T', agenda: [item], guidelines: { onsite: 'Be kind', online: '' } });
    expect(old.translations).toBeUndefined();
    expect(old.agenda[0]?.translations).toBeUndefined();

    const plan = sessionPlanSchema.parse({
      title: 'Round table', language: 'en',
      agenda: [{ ...item, translations: { ar: { title: '  الافتتاح  ', policyQuestion: 'لماذا؟' } } }],
      translations: { ar: { title: 'مائدة مستديرة', guidelines: { onsite: 'كن لطيفا' } }, zh: { codeOfConduct: '尊重他人' } },
    });
    expect(plan.agenda[0]?.translations?.ar?.title).toBe('الافتتاح');
    expect(plan.translations?.zh?.codeOfConduct).toBe('尊重他人');

    for (const bad of [
      { agenda: [{ ...item, translations: { de: { title: 'Eröffnung' } } }] },
      { agenda: [{ ...item, translations: { ar: { title: '' } } }] },
      { agenda: [{ ...item, translations: { ar: { title: 'x'.repeat(201) } } }] },
      { agenda: [{ ...item, translations: { ar: { notes: 'x' } } }] },
      { translations: { fr: { codeOfConduct: 'x'.repeat(4001) } } },
    ]) {
      expect(sessionPlanSchema.safeParse({ title: 'T', ...bad }).success).toBe(false);
    }
  });

  it('I18N-5: guidelines are parsed per language; a translated code of conduct never appears where the session has none', () => {
    const plan = sessionPlanSchema.parse({
      title: 'T', guidelines: { onsite: 'Raise your card', online: 'Use the hand' },
      translations: { ar: { guidelines: { onsite: 'ارفع بطاقتك' }, codeOfConduct: 'احترم الآخرين' } },
    });
    const view = guidelinesView(plan);
    const ar = guidelinesIn(view, 'ar');
    expect(JSON.stringify(ar.onsite)).toContain('ارفع بطاقتك');
    expect(ar.online).toBe(view.online);
    expect(ar.codeOfConduct).toEqual([]);
    expect(guidelinesIn(view, 'fr')).toBe(view);

    const withConduct = guidelinesView(sessionPlanSchema.parse({ ...plan, codeOfConduct: 'Respect others' }));
    expect(JSON.stringify(guidelinesIn(withConduct, 'ar').codeOfConduct)).toContain('احترم الآخرين');
    expect(JSON.stringify(guidelinesIn(withConduct, 'en').codeOfConduct)).toContain('Respect others');
  });

  it('I18N-5: when the host replaces the guidelines during the session, their translations go, the titles\' stay', () => {
    const plan = sessionPlanSchema.parse({
      title: 'T', codeOfConduct: 'Respect others',
      translations: { ar: { title: 'عنوان', codeOfConduct: 'احترم الآخرين', guidelines: { online: 'ارفع يدك' } }, fr: { codeOfConduct: 'Respectez' } },
    });
    const state = { plan } as unknown as SessionState;
    const next = evolveGuidelines(state, { type: 'guidelines.set', at: 1, guidelines: { onsite: '', online: 'Use the hand' }, codeOfConduct: 'Be kind' });
    expect(next.plan.translations).toEqual({ ar: { title: 'عنوان' } });
    expect(JSON.stringify(guidelinesIn(guidelinesView(next.plan), 'ar').codeOfConduct)).toContain('Be kind');
  });
});
