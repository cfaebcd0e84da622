import { guidelinesIn, type GuidelinesView } from '../../core/guidelines/guidelinesInLanguage.ts';
import type { AgendaItem } from '../../core/plan.ts';
import { pickText } from '../../core/pickText.ts';
import type { SessionView } from '../../core/views.ts';
import { currentLocale } from './index.ts';

/**
 * What the host wrote, in the language of the page that reads it (I18N-5): a person's page
 * (phone, staff pages) asks for its own language; the projector passes the session's. Reading
 * `currentLocale` makes a component re-render when the person picks another language.
 */

/**
 * The `lang` attribute for a text of the plan shown on a page in `language` (WCAG 3.1.2): none
 * when the host wrote a version in that language (the page's own `lang` holds), else the
 * session's language, in which the shown text is written, when it differs from the page's.
 */
export function planTextLang(
  translations: Partial<Record<string, Readonly<Record<string, unknown>>>> | undefined,
  field: string,
  sessionLanguage: string,
  language: string = currentLocale.value,
): string | undefined {
  const version = translations?.[language]?.[field];
  if (typeof version === 'string' && version.length > 0) return undefined;
  return sessionLanguage === language ? undefined : sessionLanguage;
}

/** Which of the guidelines' texts a `GuidelinesView` holds. */
export type GuidelineField = 'onsite' | 'online' | 'codeOfConduct';

/**
 * The `lang` of each of the guidelines' texts shown on a page in `language` (I18N-8, as
 * `planTextLang`): none where the host wrote that text in the page's language (and, for the
 * code of conduct, the session has one, as `guidelinesIn` shows it), else the session's.
 */
export function guidelineLangs(view: GuidelinesView, sessionLanguage: string, language: string = currentLocale.value): Record<GuidelineField, string | undefined> {
  const version = view.translations[language as keyof GuidelinesView['translations']];
  const lang = (field: GuidelineField) => {
    const translated = (version?.[field]?.length ?? 0) > 0 && (field !== 'codeOfConduct' || view.codeOfConduct.length > 0);
    return translated || sessionLanguage === language ? undefined : sessionLanguage;
  };
  return { onsite: lang('onsite'), online: lang('online'), codeOfConduct: lang('codeOfConduct') };
}

export function agendaTitle(item: AgendaItem, language: string = currentLocale.value): string {
  return pickText(item.title, item.translations, 'title', language);
}

export function agendaQuestion(item: AgendaItem, language: string = currentLocale.value): string | undefined {
  return item.policyQuestion === undefined ? undefined : pickText(item.policyQuestion, item.translations, 'policyQuestion', language);
}

export function sessionTitle(session: SessionView, language: string = currentLocale.value): string {
  return pickText(session.title, session.translations, 'title', language);
}

export function sessionSubtitle(session: SessionView, language: string = currentLocale.value): string | null {
  return session.subtitle === null ? null : pickText(session.subtitle, session.translations, 'subtitle', language);
}

export function localGuidelines(view: GuidelinesView, language: string = currentLocale.value): GuidelinesView {
  return guidelinesIn(view, language);
}
