import { parseMarkdown } from '../markdown/parseMarkdown.ts';
import type { MdDoc } from '../markdown/markdownTree.ts';
import type { SessionPlan } from '../plan.ts';
import type { UnLanguage } from '../vocabulary.ts';
import type { GuidelinesView } from './guidelinesInLanguage.ts';

export type { GuidelinesView } from './guidelinesInLanguage.ts';

// Plans are immutable values: one parse per plan, however many sockets are welcomed.
const cache = new WeakMap<SessionPlan, GuidelinesView>();

/**
 * A plan's guidelines and code of conduct (and their translations) parsed into safe trees
 * (GUIDE-1, GUIDE-2), on the server: markdown-it stays out of the browsers' bundles (WEB-7).
 */
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
