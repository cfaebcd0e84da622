import { parseMarkdown } from '../markdown/parseMarkdown.ts';
import type { MdDoc } from '../markdown/markdownTree.ts';
import type { SessionPlan } from '../plan.ts';
import type { UnLanguage } from '../vocabulary.ts';

/**
 * The guidelines and code of conduct of a session as safe trees (GUIDE-1, GUIDE-2), for
 * every role and for the pre-session page. Parsed on the server; browsers render the trees.
 */
export interface GuidelinesView {
  readonly onsite: MdDoc;
  readonly online: MdDoc;
  /** Empty when the session has no code of conduct (then nobody is asked to accept one). */
  readonly codeOfConduct: MdDoc;
  /** The same texts in other languages, where the host wrote them (I18N-5); a missing one falls back. */
  readonly translations: Partial<Record<UnLanguage, Partial<Record<'onsite' | 'online' | 'codeOfConduct', MdDoc>>>>;
}

// Plans are immutable values: one parse per plan, however many sockets are welcomed.
const cache = new WeakMap<SessionPlan, GuidelinesView>();

export function guidelinesView(plan: SessionPlan): GuidelinesView {
  const cached = cache.get(plan);
  if (cached) return cached;
  const translations: GuidelinesView['translations'] = {};
  for (const [language, version] of Object.entries(plan.translations ?? {}) as [UnLanguage, NonNullable<SessionPlan['translations']>[UnLanguage]][]) {
    const docs: Partial<Record<'onsite' | 'online' | 'codeOfConduct', MdDoc>> = {};
    if (version?.guidelines?.onsite) docs.onsite = parseMarkdown(version.guidelines.onsite);
    if (version?.guidelines?.online) docs.online = parseMarkdown(version.guidelines.online);
    if (version?.codeOfConduct) docs.codeOfConduct = parseMarkdown(version.codeOfConduct);
    if (Object.keys(docs).length > 0) translations[language] = docs;
  }
  const view = { onsite: parseMarkdown(plan.guidelines.onsite), online: parseMarkdown(plan.guidelines.online), codeOfConduct: parseMarkdown(plan.codeOfConduct), translations };
  cache.set(plan, view);
  return view;
}

/**
 * The guidelines a person reading `language` sees (I18N-5): each text in their language when
 * the host wrote it, else in the session's. A code of conduct is only translated where the
 * session has one, so a translation never asks for an acceptance the session does not.
 */
export function guidelinesIn(view: GuidelinesView, language: string): GuidelinesView {
  const version = view.translations[language as UnLanguage];
  if (!version) return view;
  return {
    onsite: version.onsite ?? view.onsite,
    online: version.online ?? view.online,
    codeOfConduct: view.codeOfConduct.length > 0 ? (version.codeOfConduct ?? view.codeOfConduct) : view.codeOfConduct,
    translations: view.translations,
  };
}
