import { describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../core/plan.ts';
import { TEMPLATES } from '../../core/templates.ts';
import { agendaText, planText, withAgendaText, withPlanText } from './planTranslationsDraft.ts';
import type { PlanDraft } from './planDraft.ts';

describe('I18N-9: the host form edits the plan texts of other languages', () => {
  const plan = sessionPlanSchema.parse(TEMPLATES['child-online-safety-round-table']) as PlanDraft;

  it('sets a text per language and field, and the plan stays valid', () => {
    let next = withPlanText(plan, 'ar', 'title', 'سلامة الأطفال على الإنترنت');
    next = withPlanText(next, 'ar', 'guidelines.online', 'ارفعوا أيديكم للكلام.');
    next = withAgendaText(next, 1, 'ar', 'policyQuestion', 'كيف تعمل الحكومات والشركات معًا؟');
    next = withAgendaText(next, 1, 'fr', 'title', 'Tour 1 : gouvernements et entreprises');
    expect(planText(next, 'ar', 'title')).toBe('سلامة الأطفال على الإنترنت');
    expect(planText(next, 'ar', 'guidelines.online')).toBe('ارفعوا أيديكم للكلام.');
    expect(planText(next, 'ar', 'guidelines.onsite')).toBe('');
    expect(agendaText(next, 1, 'ar', 'policyQuestion')).toBe('كيف تعمل الحكومات والشركات معًا؟');
    expect(agendaText(next, 1, 'fr', 'title')).toBe('Tour 1 : gouvernements et entreprises');
    expect(next.agenda[1]?.title).toBe(plan.agenda[1]?.title);
    expect(sessionPlanSchema.safeParse(next).success).toBe(true);
  });

  it('a cleared text is left out, and so is a language or a translations object left empty', () => {
    const written = withAgendaText(withPlanText(plan, 'ru', 'subtitle', 'Круглый стол'), 0, 'zh', 'title', '开幕');
    const cleared = withAgendaText(withPlanText(written, 'ru', 'subtitle', ''), 0, 'zh', 'title', '');
    expect(cleared.translations).toBeUndefined();
    expect(cleared.agenda[0]?.translations).toBeUndefined();
    expect(sessionPlanSchema.safeParse(cleared).success).toBe(true);
    const half = withPlanText(withPlanText(plan, 'es', 'guidelines.onsite', 'Levante la mano.'), 'es', 'guidelines.onsite', '');
    expect(half.translations).toBeUndefined();
  });
});
