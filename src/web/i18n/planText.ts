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
