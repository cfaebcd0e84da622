import { z } from 'zod';
import { UN_LANGUAGES, type UnLanguage } from './vocabulary.ts';

/**
 * Texts the host writes in more than one language (I18N-5). The plan's own fields (an agenda
 * item's `title`, `guidelines`, `codeOfConduct`, …) stay plain strings written in the
 * session's language, so old plans stay valid and every reader that needs one text (the
 * projector, reports, exports) keeps reading them; `translations` beside them give the same
 * text in other languages. A person's page shows their language's version when there is one,
 * else the session language's (`pickText`, in `pickText.ts`, which browsers load without zod).
 */

const MAX_TITLE_LENGTH = 200;
const MAX_POLICY_QUESTION_LENGTH = 500;
/** Same bound as a guideline in `plan.ts` (GUIDE-1); repeated here to keep this file free of plan.ts. */
const MAX_MARKDOWN_LENGTH = 4000;

const text = (max: number) => z.string().trim().min(1).max(max);
const markdown = z.string().trim().min(1).max(MAX_MARKDOWN_LENGTH);

/** A text in some of the six languages, keyed by language code; missing languages fall back. */
const byLanguage = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(UN_LANGUAGES), value);

/** An agenda item's title and policy question in other languages. */
export const agendaItemTranslationSchema = z.strictObject({
  title: text(MAX_TITLE_LENGTH).optional(),
  policyQuestion: text(MAX_POLICY_QUESTION_LENGTH).optional(),
});
export const agendaItemTranslationsSchema = byLanguage(agendaItemTranslationSchema);
export type AgendaItemTranslations = z.infer<typeof agendaItemTranslationsSchema>;

/** The session's title, subtitle, guidelines and code of conduct in other languages. */
export const planTranslationSchema = z.strictObject({
  title: text(MAX_TITLE_LENGTH).optional(),
  subtitle: text(MAX_TITLE_LENGTH).optional(),
  guidelines: z.strictObject({ onsite: markdown.optional(), online: markdown.optional() }).optional(),
  codeOfConduct: markdown.optional(),
});
export const planTranslationsSchema = byLanguage(planTranslationSchema);
export type PlanTranslation = z.infer<typeof planTranslationSchema>;
export type PlanTranslations = z.infer<typeof planTranslationsSchema>;

/**
 * The translations less the guidelines and code of conduct, for when the host replaces those
 * during the session (GUIDE-4): an outdated translation would ask a reader to accept rules
 * that are no longer the session's.
 */
export function withoutGuidelines(translations: PlanTranslations | undefined): PlanTranslations | undefined {
  if (!translations) return undefined;
  const out: PlanTranslations = {};
  for (const [language, version] of Object.entries(translations) as [UnLanguage, PlanTranslation][]) {
    const rest: PlanTranslation = {};
    if (version.title !== undefined) rest.title = version.title;
    if (version.subtitle !== undefined) rest.subtitle = version.subtitle;
    if (Object.keys(rest).length > 0) out[language] = rest;
  }
  return out;
}
