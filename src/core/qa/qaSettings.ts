import { z } from 'zod';
import { DEFAULT_MAX_QUESTION_LENGTH, QA_POLICIES } from './qaTypes.ts';

/**
 * A domain name as a host types it ("unicef.org", "Example.COM", "www.ngo.org", "https://ngo.org/"):
 * kept lower-case, without a scheme, "www." or a path; Unicode labels are allowed.
 */
export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((domain) => domain.replace(/^[a-z]+:\/\//u, '').replace(/^www\./u, '').replace(/[/?#].*$/u, '').replace(/\.$/u, ''))
  .pipe(z.string().max(253).regex(/^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u, 'a domain such as example.org'));

/** Q&A settings of a session plan (`plan.qa`). */

export const qaSettingsSchema = z.strictObject({
  /** Longest question a participant may send, in characters. */
  maxQuestionLength: z.number().int().min(20).max(1000).default(DEFAULT_MAX_QUESTION_LENGTH),
  /** Whether participants may sign a question with a display name. Always off in youth mode. */
  allowDisplayNames: z.boolean().default(false),
  /** Questions wait for a moderator before anyone sees them. Unset: on in youth mode, off otherwise. */
  preModeration: z.boolean().optional(),
  /** Profanity and personal-data filters. Always on in youth mode; on by default otherwise. */
  filters: z.boolean().default(true),
  /** Region codes (ISO 3166) whose phone numbers the filter knows; unset: the filter's defaults. */
  phoneRegions: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1).max(20).optional(),
  /**
   * Domains the filters treat as the organisers' own (FILTER-13): links to them and e-mail
   * addresses on them are not held. Unset: none beyond the intergovernmental defaults.
   */
  allowedDomains: z.array(domainSchema).max(50).optional(),
  /** The "Next question" policy a session starts with. */
  selectionPolicy: z.enum(QA_POLICIES).default('most_upvoted'),
});
export type QaSettingsInput = z.input<typeof qaSettingsSchema>;
export type QaSettingsPlan = z.infer<typeof qaSettingsSchema>;

