import type { MdDoc } from '../markdown/markdownTree.ts';
import type { UnLanguage } from '../vocabulary.ts';

/**
 * The guidelines and code of conduct of a session as safe trees (GUIDE-1, GUIDE-2), for
 * every role and for the pre-session page. Parsed on the server (`guidelinesView.ts`, with
 * markdown-it); browsers render the trees and pick a language here, without the parser (WEB-7).
 */
export interface GuidelinesView {
  readonly onsite: MdDoc;
  readonly online: MdDoc;
  /** Empty when the session has no code of conduct (then nobody is asked to accept one). */
  readonly codeOfConduct: MdDoc;
  /** The same texts in other languages, where the host wrote them (I18N-5); a missing one falls back. */
  readonly translations: Partial<Record<UnLanguage, Partial<Record<'onsite' | 'online' | 'codeOfConduct', MdDoc>>>>;
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
