import type { AgendaItemTranslations, PlanTranslation, PlanTranslations } from '../../core/planTexts.ts';
import type { UnLanguage } from '../../core/vocabulary.ts';
import type { PlanDraft } from './planDraft.ts';

/**
 * Edits of the plan's texts in other languages (I18N-5) from the host form: each sets one text
 * of one language and leaves out what the host emptied, so a cleared field falls back to the
 * session language's text instead of sending an empty text the schema refuses.
 */

/** The plan-level texts a host can write in another language. */
export type PlanTextField = 'title' | 'subtitle' | 'codeOfConduct' | 'guidelines.onsite' | 'guidelines.online';
/** An agenda item's texts a host can write in another language. */
export type AgendaTextField = 'title' | 'policyQuestion';

/** `record` without its empty strings and empty objects; undefined when nothing is left. */
function pruned<T extends object>(record: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const kept = value !== null && typeof value === 'object' ? pruned(value) : value;
    if (kept !== undefined && kept !== '') out[key] = kept;
  }
  return Object.keys(out).length > 0 ? (out as T) : undefined;
}

/** The plan's `field` in `language` as the host wrote it ('' when there is none). */
export function planText(plan: PlanDraft, language: UnLanguage, field: PlanTextField): string {
  const version = plan.translations?.[language];
  if (field === 'guidelines.onsite') return version?.guidelines?.onsite ?? '';
  if (field === 'guidelines.online') return version?.guidelines?.online ?? '';
  return version?.[field] ?? '';
}

/** The plan with its `field` in `language` set to `value` (left out when empty). */
export function withPlanText(plan: PlanDraft, language: UnLanguage, field: PlanTextField, value: string): PlanDraft {
  const version: PlanTranslation = { ...plan.translations?.[language] };
  if (field === 'guidelines.onsite' || field === 'guidelines.online') {
    const which = field === 'guidelines.onsite' ? 'onsite' : 'online';
    version.guidelines = { ...version.guidelines, [which]: value };
  } else {
    version[field] = value;
  }
  const translations = pruned<PlanTranslations>({ ...plan.translations, [language]: version });
  const { translations: _old, ...rest } = plan;
  return translations ? { ...rest, translations } : rest;
}

/** The agenda item's `field` in `language` ('' when there is none). */
export function agendaText(plan: PlanDraft, index: number, language: UnLanguage, field: AgendaTextField): string {
  return plan.agenda[index]?.translations?.[language]?.[field] ?? '';
}

/** The plan with agenda item `index`'s `field` in `language` set to `value` (left out when empty). */
export function withAgendaText(plan: PlanDraft, index: number, language: UnLanguage, field: AgendaTextField, value: string): PlanDraft {
  const item = plan.agenda[index];
  if (!item) return plan;
  const translations = pruned<AgendaItemTranslations>({ ...item.translations, [language]: { ...item.translations?.[language], [field]: value } });
  const { translations: _old, ...rest } = item;
  const next = translations ? { ...rest, translations } : rest;
  return { ...plan, agenda: plan.agenda.map((other, i) => (i === index ? next : other)) };
}
